package vn.motcua.web.citizen;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftClosedException;
import vn.motcua.cases.draft.DraftStatus;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.draft.SaveStep;
import vn.motcua.cases.draft.SavedStep;
import vn.motcua.cases.form.FieldType;
import vn.motcua.web.support.NotFoundException;

/**
 * The pages of a draft. Every POST saves what was typed on the server, even with mistakes; "next" moves on only when
 * the page is valid; "add"/"remove" change a repeating group without JavaScript.
 */
@Controller
class DraftController {

    private final Drafts drafts;
    private final DraftPages pages;

    DraftController(Drafts drafts, DraftPages pages) {
        this.drafts = drafts;
        this.pages = pages;
    }

    @GetMapping("/my/drafts/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) Integer step,
            @RequestParam(required = false) String upload, @AuthenticationPrincipal OidcUser user, Model model,
            Locale locale) {
        Draft draft = owned(id, user);
        if (draft.status() == DraftStatus.SUBMITTED) {
            return "redirect:/my/dossiers/" + draft.dossierId().orElseThrow();
        }
        if (upload != null && DraftAttachmentController.UPLOAD_OUTCOMES.contains(upload)) {
            model.addAttribute("uploadMessage", pages.uploadMessage(upload, locale));
            model.addAttribute("uploadFailed", !"attachment.added".equals(upload));
        }
        return pages.show(draft, step == null ? draft.currentStep() : step, List.of(), model, locale);
    }

    @PostMapping("/my/drafts/{id}")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> params, @AuthenticationPrincipal OidcUser user,
            Model model, Locale locale, RedirectAttributes redirect) {
        Draft draft = owned(id, user);
        int step = page(params.get("step"), draft);
        StepForm form = StepForm.of(draft.form().steps().get(step), step, params);
        SavedStep saved = drafts.save(id, user.getSubject(), new SaveStep(step, form.values(), form.move()));
        Matcher removed = form.removed();
        String group = form.addedGroup() != null ? form.addedGroup() : removed != null ? removed.group(1) : null;
        if (group != null && draft.form().field(group).filter(f -> f.type() == FieldType.GROUP && !f.verified()).isEmpty()) {
            // a button no page of this form has
            throw new NotFoundException();
        }
        if (form.addedGroup() != null) {
            if (!drafts.addItem(id, user.getSubject(), form.addedGroup())) {
                redirect.addFlashAttribute("groupFull", form.addedGroup());
            }
            return "redirect:/my/drafts/" + id + "?step=" + step + "#" + form.addedGroup();
        }
        if (removed != null) {
            drafts.removeItem(id, user.getSubject(), removed.group(1), Integer.parseInt(removed.group(2)));
            return "redirect:/my/drafts/" + id + "?step=" + step + "#" + removed.group(1);
        }
        if (form.move() == SaveStep.Move.NEXT && !saved.problems().isEmpty()) {
            return pages.show(saved.draft(), step, saved.problems(), model, locale);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/my/drafts/" + id + "?step=" + saved.draft().currentStep();
    }

    @PostMapping("/my/drafts/{id}/delete")
    String delete(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        owned(id, user);
        drafts.delete(id, user.getSubject());
        redirect.addFlashAttribute("draftDeleted", true);
        return "redirect:/my/dossiers";
    }

    /** A submitted draft no longer changes; its dossier is where the citizen follows it. */
    @ExceptionHandler(DraftClosedException.class)
    String closed(DraftClosedException closed) {
        return closed.dossierId().map(dossier -> "redirect:/my/dossiers/" + dossier).orElse("redirect:/my/dossiers");
    }

    private Draft owned(UUID id, OidcUser user) {
        return drafts.find(id, user.getSubject()).orElseThrow(NotFoundException::new);
    }

    private static int page(String value, Draft draft) {
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
