package vn.motcua.web.filing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftClosedException;
import vn.motcua.cases.draft.DraftStatus;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.draft.SaveStep;
import vn.motcua.cases.draft.SavedStep;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.FormProblem;
import vn.motcua.web.support.NotFoundException;

/**
 * The pages of a draft, whoever is filing. Every POST saves what was typed on the server, even with mistakes; "next"
 * moves on only when the page is valid; "add"/"remove" change a repeating group without JavaScript. The draft is
 * always changed in its owner's name, the applicant's, also when a clerk types it.
 */
@Component
public class Filing {

    /** The outcomes of an upload the page explains (the {@code upload} parameter). */
    static final Set<String> UPLOAD_OUTCOMES = Set.of("attachment.added", "attachment.empty", "attachment.type",
            "attachment.tooLarge", "attachment.dossierTooLarge", "attachment.tooMany", "attachment.missing",
            "attachment.quota.rate", "attachment.quota.bytes", "attachment.storeUnavailable");

    private static final int KEY_MAX = 100;

    private final Drafts drafts;
    private final DraftPages pages;

    Filing(Drafts drafts, DraftPages pages) {
        this.drafts = drafts;
        this.pages = pages;
    }

    /** The draft the filer may open; 404 for any other. */
    public Draft draft(Filer filer, UUID id, OidcUser user) {
        return filer.find(drafts, id, user).orElseThrow(NotFoundException::new);
    }

    /** A page of the draft, with the outcome of an upload if the address names one; a filed draft shows its dossier. */
    public String show(Filer filer, UUID id, Integer step, String upload, OidcUser user, Model model, Locale locale) {
        Draft draft = draft(filer, id, user);
        if (draft.status() == DraftStatus.SUBMITTED) {
            return filer.dossier(draft.dossierId().orElseThrow());
        }
        if (upload != null && UPLOAD_OUTCOMES.contains(upload)) {
            model.addAttribute("uploadMessage", pages.uploadMessage(upload, locale));
            model.addAttribute("uploadFailed", !"attachment.added".equals(upload));
        }
        return page(filer, draft, step == null ? draft.currentStep() : step, List.of(), model, locale);
    }

    /** Saves a page as sent, then moves, changes a repeating group, or shows the page's problems. */
    public String save(Filer filer, UUID id, Map<String, String> params, OidcUser user, Model model, Locale locale,
            RedirectAttributes redirect) {
        Draft draft = draft(filer, id, user);
        int step = step(params.get("step"), draft);
        StepForm form = StepForm.of(draft.form().steps().get(step), step, params);
        String owner = draft.ownerIdNumber();
        SavedStep saved = drafts.save(id, owner, new SaveStep(step, form.values(), form.move()));
        Matcher removed = form.removed();
        String group = form.addedGroup() != null ? form.addedGroup() : removed != null ? removed.group(1) : null;
        if (group != null && draft.form().field(group).filter(f -> f.type() == FieldType.GROUP && !f.verified()).isEmpty()) {
            // a button no page of this form has
            throw new NotFoundException();
        }
        if (form.addedGroup() != null) {
            if (!drafts.addItem(id, owner, form.addedGroup())) {
                redirect.addFlashAttribute("groupFull", form.addedGroup());
            }
            return filer.page(id, step) + "#" + form.addedGroup();
        }
        if (removed != null) {
            drafts.removeItem(id, owner, removed.group(1), Integer.parseInt(removed.group(2)));
            return filer.page(id, step) + "#" + removed.group(1);
        }
        if (form.move() == SaveStep.Move.NEXT && !saved.problems().isEmpty()) {
            return page(filer, saved.draft(), step, saved.problems(), model, locale);
        }
        redirect.addFlashAttribute("saved", true);
        return filer.page(id, saved.draft().currentStep());
    }

    /** Deletes an open draft and goes home. */
    public String delete(Filer filer, UUID id, OidcUser user, RedirectAttributes redirect) {
        Draft draft = draft(filer, id, user);
        drafts.delete(id, draft.ownerIdNumber());
        redirect.addFlashAttribute(filer.deletedFlag(), true);
        return "redirect:" + filer.home();
    }

    /** The last page again with the reason a submission was refused and the problems to fix. */
    public String refused(Filer filer, Draft draft, String reason, List<FormProblem> problems, Model model,
            Locale locale) {
        model.addAttribute("refusal", reason);
        return page(filer, draft, draft.lastStep(), problems, model, locale);
    }

    /** A submitted draft no longer changes; its dossier is where the filer follows it. */
    public static String closed(Filer filer, DraftClosedException closed) {
        return closed.dossierId().map(filer::dossier).orElse("redirect:" + filer.home());
    }

    /**
     * The idempotency key a submit form carries, which the server made when it rendered the page; 404 for anything
     * else.
     */
    public static String idempotencyKey(String key) {
        if (key == null || key.isBlank() || key.length() > KEY_MAX || key.chars().anyMatch(Character::isISOControl)) {
            throw new NotFoundException();
        }
        return key;
    }

    private String page(Filer filer, Draft draft, int step, List<FormProblem> problems, Model model, Locale locale) {
        return pages.show(filer, draft, step, problems, model, locale);
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
