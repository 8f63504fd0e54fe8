package vn.motcua.web.citizen;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftClosedException;
import vn.motcua.cases.draft.IdempotencyConflictException;
import vn.motcua.cases.draft.Submission;
import vn.motcua.cases.draft.SubmissionRefusedException;
import vn.motcua.cases.draft.Submissions;
import vn.motcua.cases.draft.SubmitDraft;
import vn.motcua.web.filing.Filer;
import vn.motcua.web.filing.Filing;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.prefill.ApplicantPrefill;

/**
 * Submits a draft. The page carries a server-made idempotency key, so a double click or a browser's retry lands on the
 * same dossier; the key sent with another draft or other content is refused with 409.
 */
@Controller
class SubmissionController {

    static final String ERROR_VIEW = "error";

    /** The submit form: the key the page was rendered with. */
    record SubmitForm(String idempotencyKey) {
    }

    private final Filing filing;
    private final Submissions submissions;
    private final ApplicantPrefill prefill;
    private final Dossiers dossiers;

    SubmissionController(Filing filing, Submissions submissions, ApplicantPrefill prefill, Dossiers dossiers) {
        this.filing = filing;
        this.submissions = submissions;
        this.prefill = prefill;
        this.dossiers = dossiers;
    }

    @PostMapping("/my/drafts/{id}/submit")
    String submit(@PathVariable UUID id, SubmitForm form, @AuthenticationPrincipal OidcUser user, Model model,
            Locale locale, RedirectAttributes redirect) {
        Draft draft = filing.draft(Filer.CITIZEN, id, user);
        String key = Filing.idempotencyKey(form.idempotencyKey());
        PortalUser citizen = PortalUser.of(user);
        String code = draft.procedureVersion().procedure().code();
        try {
            ApplicantPrefill.Prefilled applicant = prefill.load(citizen, draft.procedureVersion().receivingAgencyCode(),
                    "file:" + code);
            Submission submission = submissions.submit(new SubmitDraft(citizen.subject(), id, key,
                    applicant.toApplicant(null, null), applicant.check()));
            redirect.addFlashAttribute("filedCode", dossiers.get(submission.dossierId()).code());
            return "redirect:/my/dossiers/" + submission.dossierId();
        } catch (SubmissionRefusedException refused) {
            return filing.refused(Filer.CITIZEN, draft, refused.messageKey(), refused.problems(), model, locale);
        }
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        model.addAttribute("reason", "idempotency");
        return ERROR_VIEW;
    }

    @ExceptionHandler(DraftClosedException.class)
    String closed(DraftClosedException closed) {
        return Filing.closed(Filer.CITIZEN, closed);
    }
}
