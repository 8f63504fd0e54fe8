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
import vn.motcua.cases.supplement.AnswerSupplement;
import vn.motcua.cases.supplement.SupplementRefusedException;
import vn.motcua.cases.supplement.Supplements;
import vn.motcua.web.support.NotFoundException;

/** The citizen answers the open supplement request with a note and files. */
@Controller
class SupplementAnswerController {

    private final Dossiers dossiers;
    private final Supplements supplements;
    private final DossierPage page;

    SupplementAnswerController(Dossiers dossiers, Supplements supplements, DossierPage page) {
        this.dossiers = dossiers;
        this.supplements = supplements;
        this.page = page;
    }

    @PostMapping("/my/dossiers/{id}/supplement")
    String answer(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user,
            @ModelAttribute(DossierPage.ANSWER_FORM) SupplementAnswerForm form, BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Dossier dossier = dossiers.findOwned(id, user.getSubject()).orElseThrow(NotFoundException::new);
        try {
            supplements.answer(new AnswerSupplement(id, user.getSubject(), form.note(), SupplementUploads.of(form.files())));
        } catch (SupplementRefusedException refused) {
            errors.rejectValue(refused.problem() == SupplementRefusedException.Problem.NOTE_TOO_LONG ? "note" : "files",
                    SupplementMessages.key(refused.problem()), SupplementMessages.arguments(refused), null);
            model.addAttribute("answerRefused", true);
            return page.show(dossier, model);
        }
        redirect.addFlashAttribute("supplementAnswered", true);
        return "redirect:/my/dossiers/" + id;
    }
}
