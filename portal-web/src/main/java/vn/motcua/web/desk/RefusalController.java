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

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The clerk refuses a dossier at intake with a reason (status 3): the process ends and slip 03 follows. A dossier
 * accepted or refused already answers 409 with a clear message; another agency's dossier 404.
 */
@Controller
class RefusalController {

    private final Dossiers dossiers;
    private final DeskActions actions;

    RefusalController(Dossiers dossiers, DeskActions actions) {
        this.dossiers = dossiers;
        this.actions = actions;
    }

    @GetMapping("/desk/dossiers/{id}/refuse")
    String form(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model, HttpServletResponse response) {
        Dossier dossier = visible(id, PortalUser.of(user));
        if (dossier.status() != DossierStatus.SUBMITTED) {
            return DeskController.alreadyDecided(model, response);
        }
        return page(id).show(dossier, model);
    }

    @PostMapping("/desk/dossiers/{id}/refuse")
    String refuse(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user,
            @Valid @ModelAttribute(ReasonPage.FORM) ReasonForm form, BindingResult errors, Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        PortalUser clerk = PortalUser.of(user);
        Dossier dossier = visible(id, clerk);
        if (dossier.status() != DossierStatus.SUBMITTED) {
            return DeskController.alreadyDecided(model, response);
        }
        if (errors.hasErrors()) {
            return page(id).showAgain(dossier, model);
        }
        Dossier refused = actions.refuse(id, clerk.staffMember(), form.text());
        redirect.addFlashAttribute("refusedCode", refused.code());
        return "redirect:/desk";
    }

    private Dossier visible(UUID id, PortalUser clerk) {
        return dossiers.findForAgency(id, clerk.agencyCode()).orElseThrow(NotFoundException::new);
    }

    private static ReasonPage page(UUID id) {
        return new ReasonPage("desk.refuse.title", "desk.refuse.explain", "/desk/dossiers/" + id + "/refuse",
                "refuse", "desk.refuse");
    }
}
