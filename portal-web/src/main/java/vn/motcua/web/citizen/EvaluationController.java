package vn.motcua.web.citizen;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.evaluation.Evaluate;
import vn.motcua.cases.evaluation.EvaluationRefusedException;
import vn.motcua.cases.evaluation.Evaluations;
import vn.motcua.web.support.NotFoundException;

/** The citizen rates the service once the result exists, once per dossier. */
@Controller
class EvaluationController {

    private final Dossiers dossiers;
    private final Evaluations evaluations;
    private final DossierPage page;

    EvaluationController(Dossiers dossiers, Evaluations evaluations, DossierPage page) {
        this.dossiers = dossiers;
        this.evaluations = evaluations;
        this.page = page;
    }

    @PostMapping("/my/dossiers/{id}/evaluation")
    String evaluate(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user,
            @ModelAttribute(DossierPage.EVALUATION_FORM) EvaluationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Dossier dossier = dossiers.findOwned(id, user.getSubject()).orElseThrow(NotFoundException::new);
        try {
            evaluations.evaluate(new Evaluate(id, rating(form.rating()), form.comment()));
        } catch (EvaluationRefusedException refused) {
            Object[] limit = { String.valueOf(Evaluations.MAX_COMMENT) };
            boolean commentTooLong = refused.problem() == EvaluationRefusedException.Problem.COMMENT_TOO_LONG
                    || refused.problem() == EvaluationRefusedException.Problem.RATING_RANGE && form.comment() != null
                            && form.comment().strip().length() > Evaluations.MAX_COMMENT;
            if (refused.problem() != EvaluationRefusedException.Problem.COMMENT_TOO_LONG) {
                errors.rejectValue("rating", "evaluation.problem." + refused.problem().name(), limit, null);
            }
            // the rating is checked first; a comment that is also too long is said at once, next to its box
            if (commentTooLong) {
                errors.rejectValue("comment", "evaluation.problem." + EvaluationRefusedException.Problem.COMMENT_TOO_LONG.name(),
                        limit, null);
            }
            model.addAttribute("evaluationRefused", true);
            return page.show(dossier, model);
        }
        redirect.addFlashAttribute("evaluated", true);
        return "redirect:/my/dossiers/" + id;
    }

    /** The rating as sent; anything that is not a small whole number counts as out of range. */
    static int rating(String value) {
        if (value == null || !value.strip().matches("-?\\d{1,2}")) {
            return 0;
        }
        return Integer.parseInt(value.strip());
    }
}
