package vn.motcua.web.inbox;

import java.util.UUID;

import org.springframework.http.HttpStatus;
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
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.desk.ReasonForm;
import vn.motcua.web.desk.ReasonPage;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The leader of the agency that holds a dossier stops its processing with a reason (status 8): the process ends and
 * slip 05 follows. A dossier not being processed (not yet accepted, decided, refused, stopped) answers 409.
 */
@Controller
class StopController {

    private static final String FORM = "form";

    private final Dossiers dossiers;
    private final DeskActions actions;

    StopController(Dossiers dossiers, DeskActions actions) {
        this.dossiers = dossiers;
        this.actions = actions;
    }

    @GetMapping("/inbox/dossiers/{id}/stop")
    String form(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model, HttpServletResponse response) {
        Dossier dossier = stoppable(id, PortalUser.of(user).staffMember());
        if (!dossier.status().allowsStop()) {
            return notProcessing(model, response);
        }
        return page(id).show(dossier, model);
    }

    @PostMapping("/inbox/dossiers/{id}/stop")
    String stop(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user,
            @Valid @ModelAttribute(FORM) ReasonForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        StaffMember leader = PortalUser.of(user).staffMember();
        Dossier dossier = stoppable(id, leader);
        if (!dossier.status().allowsStop()) {
            return notProcessing(model, response);
        }
        if (errors.hasErrors()) {
            return page(id).showAgain(dossier, model);
        }
        actions.stop(id, leader, form.text());
        redirect.addFlashAttribute("stoppedCode", dossier.code());
        return "redirect:/inbox";
    }

    /** The dossier, if the staff member leads the agency that holds it; otherwise 404 like a missing dossier. */
    private Dossier stoppable(UUID id, StaffMember leader) {
        Dossier dossier = dossiers.findForAgency(id, leader.agencyCode()).orElseThrow(NotFoundException::new);
        if (!actions.mayStop(id, leader)) {
            throw new NotFoundException();
        }
        return dossier;
    }

    private static String notProcessing(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        model.addAttribute("reason", "notProcessing");
        return "error";
    }

    private static ReasonPage page(UUID id) {
        return new ReasonPage("stop.title", "stop.explain", "/inbox/dossiers/" + id + "/stop", "stop", "stop.button");
    }
}
