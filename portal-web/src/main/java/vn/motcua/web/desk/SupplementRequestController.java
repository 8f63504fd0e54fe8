package vn.motcua.web.desk;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.supplement.SupplementRefusedException;
import vn.motcua.cases.supplement.Supplements;
import vn.motcua.web.citizen.SupplementMessages;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.desk.DeskActions;

/** The clerk asks the applicant for a supplement: the reason and the list of missing items. */
@Controller
class SupplementRequestController {

    static final String VIEW = "desk/supplement-request";
    private static final String FORM = "form";

    private final Dossiers dossiers;
    private final DeskActions actions;

    SupplementRequestController(Dossiers dossiers, DeskActions actions) {
        this.dossiers = dossiers;
        this.actions = actions;
    }

    @GetMapping("/desk/dossiers/{id}/supplement")
    String form(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute(FORM, new SupplementRequestForm("", ""));
        return show(workable(id, PortalUser.of(user)), model);
    }

    @PostMapping("/desk/dossiers/{id}/supplement")
    String request(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user,
            @ModelAttribute(FORM) SupplementRequestForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        PortalUser clerk = PortalUser.of(user);
        Dossier dossier = workable(id, clerk);
        try {
            actions.requestSupplement(id, clerk.staffMember(), form.reason(), Supplements.lines(form.missingItems()));
        } catch (SupplementRefusedException refused) {
            boolean aboutReason = refused.problem() == SupplementRefusedException.Problem.REASON_MISSING
                    || refused.problem() == SupplementRefusedException.Problem.REASON_TOO_LONG;
            errors.rejectValue(aboutReason ? "reason" : "missingItems", "supplement.problem." + refused.problem().name(),
                    SupplementMessages.arguments((String) null), null);
            return show(dossier, model);
        }
        redirect.addFlashAttribute("supplementCode", dossier.code());
        return "redirect:/desk";
    }

    /** Shows the page; the form, with the service's refusal once posted, is in the model already. */
    private String show(Dossier dossier, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("maxItems", Supplements.MAX_ITEMS);
        return VIEW;
    }

    /** The dossier, if the clerk's agency holds its open intake task; otherwise 404 like a missing dossier. */
    private Dossier workable(UUID id, PortalUser clerk) {
        Dossier dossier = dossiers.findForAgency(id, clerk.agencyCode()).orElseThrow(NotFoundException::new);
        if (!actions.hasTask(id, DeskActions.INTAKE, clerk.staffMember())
                || !dossier.status().allowsSupplementRequest()) {
            throw new NotFoundException();
        }
        return dossier;
    }
}
