package vn.motcua.web.desk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftClosedException;
import vn.motcua.cases.draft.DraftStatus;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.draft.IdempotencyConflictException;
import vn.motcua.cases.draft.SaveStep;
import vn.motcua.cases.draft.SavedStep;
import vn.motcua.cases.draft.Submission;
import vn.motcua.cases.draft.SubmissionRefusedException;
import vn.motcua.cases.draft.SubmitDraft;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.procedure.Procedure;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureVersion;
import vn.motcua.web.citizen.DraftAttachmentController;
import vn.motcua.web.citizen.DraftPages;
import vn.motcua.web.citizen.StepForm;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.ProcessCatalog;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.prefill.ApplicantPrefill;

/**
 * Walk-in dossiers (channel 1): the clerk enters the applicant's identity, which the population database confirms, then
 * fills the procedure's form on the draft pages citizens use (same rendering and validation) under {@value #BASE}, adds
 * the scanned documents and files the dossier, which is accepted at once (status 2, due date, slip 01). The draft
 * belongs to the applicant, who then finds the dossier under "Hồ sơ của tôi"; only the desk of the agency where it was
 * entered works on it.
 */
@Controller
class WalkInController {

    static final String START_VIEW = "desk/walk-in";
    static final String BASE = "/desk/walk-in";
    private static final String FORM = "form";

    private final Drafts drafts;
    private final DraftPages pages;
    private final WalkInApplicants applicants;
    private final ProcedureCatalog catalog;
    private final ProcessCatalog processes;
    private final ApplicantPrefill prefill;
    private final DeskActions actions;

    WalkInController(Drafts drafts, DraftPages pages, WalkInApplicants applicants, ProcedureCatalog catalog,
            ProcessCatalog processes, ApplicantPrefill prefill, DeskActions actions) {
        this.drafts = drafts;
        this.pages = pages;
        this.applicants = applicants;
        this.catalog = catalog;
        this.processes = processes;
        this.prefill = prefill;
        this.actions = actions;
    }

    @GetMapping(BASE)
    String start(@AuthenticationPrincipal OidcUser user, Model model) {
        WalkInForm form = new WalkInForm("", "", "", "");
        return showStart(PortalUser.of(user).agencyCode(), form, new DirectFieldBindingResult(form, FORM), model);
    }

    @PostMapping(BASE)
    String begin(@AuthenticationPrincipal OidcUser user, @ModelAttribute(FORM) WalkInForm form, Model model) {
        PortalUser clerk = PortalUser.of(user);
        String agency = clerk.agencyCode();
        BindingResult errors = new DirectFieldBindingResult(form, FORM);
        ProcedureVersion version = catalog.currentVersion(form.procedure() == null ? "" : form.procedure().strip())
                .filter(v -> agency.equals(v.receivingAgencyCode()) && v.form().isPresent())
                .filter(v -> processes.isDeployed(v.processKey())).orElse(null);
        if (version == null) {
            errors.rejectValue("procedure", "walkIn.procedure.missing");
        }
        // the fields are checked first; the population database is asked only when nothing else is wrong
        var applicant = applicants.confirm(form, agency, clerk.subject(), errors);
        if (errors.hasErrors() || applicant.isEmpty()) {
            return showStart(agency, form, errors, model);
        }
        String code = version.procedure().code();
        Draft draft = drafts.startAtDesk(applicant.get().subject(), code,
                applicants.verifiedValues(applicant.get(), agency, clerk.subject(), code, version.form().orElseThrow()),
                clerk.subject(), agency);
        return "redirect:" + BASE + "/" + draft.id();
    }

    @GetMapping(BASE + "/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer step,
            @RequestParam(required = false) String upload, @AuthenticationPrincipal OidcUser user, Model model,
            Locale locale) {
        Draft draft = atDesk(id, user);
        if (draft.status() == DraftStatus.SUBMITTED) {
            return "redirect:/desk/dossiers/" + draft.dossierId().orElseThrow();
        }
        if (upload != null && DraftAttachmentController.UPLOAD_OUTCOMES.contains(upload)) {
            model.addAttribute("uploadMessage", pages.uploadMessage(upload, locale));
            model.addAttribute("uploadFailed", !"attachment.added".equals(upload));
        }
        return page(draft, step == null ? draft.currentStep() : step, List.of(), model, locale);
    }

    @PostMapping(BASE + "/{id}")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> params, @AuthenticationPrincipal OidcUser user,
            Model model, Locale locale, RedirectAttributes redirect) {
        Draft draft = atDesk(id, user);
        int step = step(params.get("step"), draft);
        StepForm form = StepForm.of(draft.form().steps().get(step), step, params);
        String owner = draft.ownerIdNumber();
        SavedStep saved = drafts.save(id, owner, new SaveStep(step, form.values(), form.move()));
        Matcher removed = form.removed();
        String group = form.addedGroup() != null ? form.addedGroup() : removed != null ? removed.group(1) : null;
        if (group != null && draft.form().field(group).filter(f -> f.type() == FieldType.GROUP && !f.verified()).isEmpty()) {
            throw new NotFoundException();
        }
        if (form.addedGroup() != null) {
            if (!drafts.addItem(id, owner, form.addedGroup())) {
                redirect.addFlashAttribute("groupFull", form.addedGroup());
            }
            return "redirect:" + BASE + "/" + id + "?step=" + step + "#" + form.addedGroup();
        }
        if (removed != null) {
            drafts.removeItem(id, owner, removed.group(1), Integer.parseInt(removed.group(2)));
            return "redirect:" + BASE + "/" + id + "?step=" + step + "#" + removed.group(1);
        }
        if (form.move() == SaveStep.Move.NEXT && !saved.problems().isEmpty()) {
            return page(saved.draft(), step, saved.problems(), model, locale);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + BASE + "/" + id + "?step=" + saved.draft().currentStep();
    }

    /** Files the walk-in dossier and accepts it; the page's idempotency key makes a repeated click land on it again. */
    @PostMapping(BASE + "/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(required = false) String idempotencyKey,
            @AuthenticationPrincipal OidcUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Draft draft = atDesk(id, user);
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100
                || idempotencyKey.chars().anyMatch(Character::isISOControl)) {
            throw new NotFoundException();
        }
        PortalUser clerk = PortalUser.of(user);
        String code = draft.procedureVersion().procedure().code();
        try {
            ApplicantPrefill.Prefilled applicant = prefill.load(WalkInApplicants.applicantOf(draft), clerk.agencyCode(),
                    clerk.subject(), "file:" + code);
            if (applicant.fullName() == null || applicant.birthDate() == null || applicant.gender() == null) {
                // neither the population database now nor the draft's start confirmed who the applicant is
                model.addAttribute("refusal", "walkIn.unavailable");
                return page(draft, draft.lastStep(), List.of(), model, locale);
            }
            Submission submission = actions.fileWalkIn(new SubmitDraft(draft.ownerIdNumber(), id, idempotencyKey,
                    applicant.toApplicant(null, null), applicant.check()), clerk.staffMember());
            redirect.addFlashAttribute("walkInFiled", true);
            return "redirect:/desk/dossiers/" + submission.dossierId();
        } catch (SubmissionRefusedException refused) {
            model.addAttribute("refusal", refused.messageKey());
            return page(draft, draft.lastStep(), refused.problems(), model, locale);
        }
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        Draft draft = atDesk(id, user);
        drafts.delete(id, draft.ownerIdNumber());
        redirect.addFlashAttribute("walkInDeleted", true);
        return "redirect:/desk";
    }

    @ExceptionHandler(DraftClosedException.class)
    String closed(DraftClosedException closed) {
        return closed.dossierId().map(dossier -> "redirect:/desk/dossiers/" + dossier).orElse("redirect:/desk");
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        model.addAttribute("reason", "idempotency");
        return DeskController.ERROR_VIEW;
    }

    private String page(Draft draft, int step, List<vn.motcua.cases.form.FormProblem> problems, Model model,
            Locale locale) {
        model.addAttribute(DraftPages.BASE, BASE);
        model.addAttribute("walkIn", WalkInApplicants.applicantOf(draft).fullName());
        return pages.show(draft, step, problems, model, locale);
    }

    private String showStart(String agency, WalkInForm form, BindingResult errors, Model model) {
        List<Procedure> procedures = catalog.receivedBy(agency).stream()
                .filter(p -> catalog.currentVersion(p.code()).filter(v -> v.form().isPresent())
                        .filter(v -> processes.isDeployed(v.processKey())).isPresent())
                .toList();
        model.addAttribute("procedures", procedures);
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        return START_VIEW;
    }

    /** The walk-in draft entered at the clerk's agency; 404 for any other draft. */
    private Draft atDesk(UUID id, OidcUser user) {
        return drafts.findAtDesk(id, PortalUser.of(user).agencyCode()).orElseThrow(NotFoundException::new);
    }

    private static int step(String value, Draft draft) {
        try {
            int step = Integer.parseInt(value == null ? "" : value.trim());
            if (step >= 0 && step < draft.form().steps().size()) {
                return step;
            }
        } catch (NumberFormatException e) {
            // falls through to 404
        }
        throw new NotFoundException();
    }
}
