package vn.motcua.web.desk;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.web.support.StaffStep;
import vn.motcua.workflow.desk.DeskActions;

@Controller
class DeskController {

    static final String QUEUE_VIEW = "desk/queue";

    private final Dossiers dossiers;
    private final DeskActions actions;

    DeskController(Dossiers dossiers, DeskActions actions) {
        this.dossiers = dossiers;
        this.actions = actions;
    }

    @GetMapping("/desk")
    String queue(@AuthenticationPrincipal OidcUser user, Model model) {
        String agency = PortalUser.of(user).agencyCode();
        model.addAttribute("dossiers", dossiers.intakeQueue(agency));
        model.addAttribute("awaitingFee", dossiers.awaitingFee(agency));
        return QUEUE_VIEW;
    }

    @GetMapping("/desk/dossiers/{id}")
    String dossier(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model) {
        PortalUser clerk = PortalUser.of(user);
        Dossier dossier = dossiers.findForAgency(id, clerk.agencyCode()).orElseThrow(NotFoundException::new);
        model.addAttribute("dossier", dossier);
        model.addAttribute("step", StaffStep.accept(id));
        model.addAttribute("diagramPath", "/desk/dossiers/" + id + "/diagram.png");
        boolean intake = actions.hasTask(id, DeskActions.INTAKE, clerk.staffMember());
        // while a supplement is open the intake task waits; the clerk accepts only after the answer
        model.addAttribute("canAct", intake && dossier.status() == DossierStatus.SUBMITTED);
        model.addAttribute("supplementPath", intake && Dossier.SUPPLEMENT_REQUESTABLE.contains(dossier.status())
                ? "/desk/dossiers/" + id + "/supplement" : null);
        return StaffStep.VIEW;
    }

    @PostMapping("/desk/dossiers/{id}/accept")
    String accept(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        // the intake task is looked up among the clerk's agency groups: another agency's dossier answers 404
        Dossier accepted = actions.accept(id, PortalUser.of(user).staffMember());
        redirect.addFlashAttribute("acceptedCode", accepted.code());
        return "redirect:/desk";
    }
}
