package vn.motcua.web.desk;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftClosedException;
import vn.motcua.cases.draft.IdempotencyConflictException;
import vn.motcua.cases.draft.Submission;
import vn.motcua.cases.draft.SubmissionRefusedException;
import vn.motcua.cases.draft.SubmitDraft;
import vn.motcua.web.filing.Filer;
import vn.motcua.web.filing.Filing;
import vn.motcua.web.security.PortalUser;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.prefill.ApplicantPrefill;

/**
 * Walk-in dossiers (channel 1) once started ({@link WalkInStartController}): the clerk fills the procedure's form on
 * the draft pages citizens use (same rendering and validation) under {@value #BASE}, adds the scanned documents and
 * files the dossier, which is accepted at once (status 2, due date, slip 01). The draft belongs to the applicant, who
 * then finds the dossier under "Hồ sơ của tôi"; only the desk of the agency where it was entered works on it.
 */
@Controller
class WalkInController {

    static final String BASE = "/desk/walk-in";

    /** The clerk at the desk, whose pages name the applicant they are entering. */
    static final Filer CLERK = Filer.clerk(BASE,
            (draft, model) -> model.addAttribute("walkIn", WalkInApplicants.applicantOf(draft).fullName()));

    private final Filing filing;
    private final ApplicantPrefill prefill;
    private final DeskActions actions;

    WalkInController(Filing filing, ApplicantPrefill prefill, DeskActions actions) {
        this.filing = filing;
        this.prefill = prefill;
        this.actions = actions;
    }

    @GetMapping(BASE + "/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer step,
            @RequestParam(required = false) String upload, @AuthenticationPrincipal OidcUser user, Model model,
            Locale locale) {
        return filing.show(CLERK, id, step, upload, user, model, locale);
    }

    @PostMapping(BASE + "/{id}")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> params, @AuthenticationPrincipal OidcUser user,
            Model model, Locale locale, RedirectAttributes redirect) {
        return filing.save(CLERK, id, params, user, model, locale, redirect);
    }

    /** Files the walk-in dossier and accepts it; the page's idempotency key makes a repeated click land on it again. */
    @PostMapping(BASE + "/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(required = false) String idempotencyKey,
            @AuthenticationPrincipal OidcUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Draft draft = filing.draft(CLERK, id, user);
        String key = Filing.idempotencyKey(idempotencyKey);
        PortalUser clerk = PortalUser.of(user);
        String code = draft.procedureVersion().procedure().code();
        try {
            ApplicantPrefill.Prefilled applicant = prefill.load(WalkInApplicants.applicantOf(draft), clerk.agencyCode(),
                    clerk.subject(), "file:" + code);
            if (applicant.fullName() == null || applicant.birthDate() == null || applicant.gender() == null) {
                // neither the population database now nor the draft's start confirmed who the applicant is
                return filing.refused(CLERK, draft, "walkIn.unavailable", List.of(), model, locale);
            }
            Submission submission = actions.fileWalkIn(new SubmitDraft(draft.ownerIdNumber(), id, key,
                    applicant.toApplicant(null, null), applicant.check()), clerk.staffMember());
            redirect.addFlashAttribute("walkInFiled", true);
            return CLERK.dossier(submission.dossierId());
        } catch (SubmissionRefusedException refused) {
            return filing.refused(CLERK, draft, refused.messageKey(), refused.problems(), model, locale);
        }
    }

    @PostMapping(BASE + "/{id}/delete")
    String delete(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        return filing.delete(CLERK, id, user, redirect);
    }

    @ExceptionHandler(DraftClosedException.class)
    String closed(DraftClosedException closed) {
        return Filing.closed(CLERK, closed);
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        model.addAttribute("reason", "idempotency");
        return DeskController.ERROR_VIEW;
    }
}
