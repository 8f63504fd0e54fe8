package vn.motcua.web.inbox;

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
import vn.motcua.web.desk.DossierDetails;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.web.support.StaffStep;
import vn.motcua.workflow.assignment.TaskAssignments;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.desk.StaffScope;

@Controller
class InboxController {

    static final String INBOX_VIEW = "inbox/inbox";

    private final StaffScope scope;
    private final DeskActions actions;
    private final TaskAssignments assignments;
    private final DossierDetails details;

    InboxController(StaffScope scope, DeskActions actions, TaskAssignments assignments, DossierDetails details) {
        this.scope = scope;
        this.actions = actions;
        this.assignments = assignments;
        this.details = details;
    }

    @GetMapping("/inbox")
    String inbox(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("tasks", actions.inbox(PortalUser.of(user).staffMember()));
        return INBOX_VIEW;
    }

    @GetMapping("/inbox/dossiers/{id}")
    String dossier(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model) {
        PortalUser staff = PortalUser.of(user);
        Dossier dossier = scope.find(id, staff.staffMember()).orElseThrow(NotFoundException::new);
        model.addAttribute("dossier", dossier);
        model.addAttribute("diagramPath", "/inbox/dossiers/" + id + "/diagram.png");
        boolean review = actions.hasTask(id, DeskActions.REVIEW, staff.staffMember());
        model.addAttribute("step", review ? review(id) : StaffStep.approve(id));
        model.addAttribute("canAct", review || actions.hasTask(id, DeskActions.APPROVAL, staff.staffMember()));
        // who holds the task, and what the staff member may do about it (task-assignment fragment)
        model.addAttribute("task", assignments.task(id, staff.staffMember()).orElse(null));
        model.addAttribute("me", staff.subject());
        model.addAttribute("stopPath", dossier.status().allowsStop()
                && actions.mayStop(id, staff.staffMember()) ? "/inbox/dossiers/" + id + "/stop" : null);
        details.addTo(model, dossier, "/inbox/dossiers/" + id, staff.staffMember());
        return StaffStep.VIEW;
    }

    @PostMapping("/inbox/dossiers/{id}/review")
    String review(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        // the review task is looked up among the specialist's agency groups: another agency's dossier answers 404
        Dossier reviewed = actions.review(id, PortalUser.of(user).staffMember());
        redirect.addFlashAttribute("reviewedCode", reviewed.code());
        return "redirect:/inbox";
    }

    /** The specialist's step: forward the reviewed dossier to the leader. */
    private static StaffStep review(UUID dossierId) {
        return new StaffStep("inbox.dossier", "inbox.review.explain", "inbox.review", "forward",
                "/inbox/dossiers/" + dossierId + "/review");
    }

    @PostMapping("/inbox/dossiers/{id}/approve")
    String approve(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        // the approval task is looked up among the leader's agency groups: another agency's dossier answers 404
        Dossier approved = actions.approve(id, PortalUser.of(user).staffMember());
        redirect.addFlashAttribute("approvedCode", approved.code());
        return "redirect:/inbox";
    }
}
