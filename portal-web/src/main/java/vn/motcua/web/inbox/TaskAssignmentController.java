package vn.motcua.web.inbox;

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

import jakarta.validation.Valid;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.desk.ReasonForm;
import vn.motcua.web.desk.ReasonPage;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.assignment.AssignableTask;
import vn.motcua.workflow.assignment.TaskAssignments;
import vn.motcua.workflow.assignment.UnknownColleagueException;

/**
 * Who works a dossier's task in the agency inbox: claim and release it, hand it to a colleague of the same agency and
 * role, return the dossier to the step before with a reason. Someone else's claimed task answers 409 with who holds
 * it; a dossier without a task for the staff member 404.
 */
@Controller
class TaskAssignmentController {

    static final String REASSIGN_VIEW = "inbox/reassign";
    private static final String FORM = "form";

    private final Dossiers dossiers;
    private final TaskAssignments assignments;

    TaskAssignmentController(Dossiers dossiers, TaskAssignments assignments) {
        this.dossiers = dossiers;
        this.assignments = assignments;
    }

    @PostMapping("/inbox/dossiers/{id}/claim")
    String claim(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        StaffMember staff = staff(user);
        visible(id, staff);
        assignments.claim(id, staff);
        redirect.addFlashAttribute("assignmentNotice", "claimed");
        return "redirect:/inbox/dossiers/" + id;
    }

    @PostMapping("/inbox/dossiers/{id}/release")
    String release(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        StaffMember staff = staff(user);
        visible(id, staff);
        assignments.release(id, staff);
        redirect.addFlashAttribute("assignmentNotice", "released");
        return "redirect:/inbox/dossiers/" + id;
    }

    @GetMapping("/inbox/dossiers/{id}/reassign")
    String reassignForm(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model) {
        StaffMember staff = staff(user);
        Dossier dossier = visible(id, staff);
        AssignableTask task = task(id, staff);
        model.addAttribute(FORM, new ReassignForm(""));
        return showReassign(dossier, task, staff, model);
    }

    @PostMapping("/inbox/dossiers/{id}/reassign")
    String reassign(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user,
            @ModelAttribute(FORM) ReassignForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        StaffMember staff = staff(user);
        Dossier dossier = visible(id, staff);
        AssignableTask task = task(id, staff);
        try {
            StaffMember to = assignments.reassign(id, staff, form.colleague() == null ? "" : form.colleague().strip());
            redirect.addFlashAttribute("reassignedCode", dossier.code());
            redirect.addFlashAttribute("reassignedTo", to.fullName());
            return "redirect:/inbox";
        } catch (UnknownColleagueException unknown) {
            errors.rejectValue("colleague", form.colleague() == null || form.colleague().isBlank()
                    ? "assignment.colleague.missing" : "assignment.colleague.unknown");
            return showReassign(dossier, task, staff, model);
        }
    }

    @GetMapping("/inbox/dossiers/{id}/return")
    String returnForm(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model) {
        StaffMember staff = staff(user);
        Dossier dossier = visible(id, staff);
        returnable(id, staff);
        return returnPage(id).show(dossier, model);
    }

    @PostMapping("/inbox/dossiers/{id}/return")
    String returnToEarlierStep(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user,
            @Valid @ModelAttribute(FORM) ReasonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        StaffMember staff = staff(user);
        Dossier dossier = visible(id, staff);
        returnable(id, staff);
        if (errors.hasErrors()) {
            return returnPage(id).showAgain(dossier, model);
        }
        assignments.returnToEarlierStep(id, staff, form.text());
        redirect.addFlashAttribute("returnedCode", dossier.code());
        return "redirect:/inbox";
    }

    /** Shows the reassignment page; the form, with the refusal once posted, is in the model already. */
    private String showReassign(Dossier dossier, AssignableTask task, StaffMember staff, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("task", task);
        model.addAttribute("colleagues", assignments.colleagues(dossier.id(), staff));
        return REASSIGN_VIEW;
    }

    private AssignableTask task(UUID id, StaffMember staff) {
        return assignments.task(id, staff).orElseThrow(NotFoundException::new);
    }

    private void returnable(UUID id, StaffMember staff) {
        if (!task(id, staff).canReturn()) {
            throw new NotFoundException();
        }
    }

    private Dossier visible(UUID id, StaffMember staff) {
        return dossiers.findForAgency(id, staff.agencyCode()).orElseThrow(NotFoundException::new);
    }

    private static StaffMember staff(OidcUser user) {
        return PortalUser.of(user).staffMember();
    }

    private static ReasonPage returnPage(UUID id) {
        return new ReasonPage("assignment.return.title", "assignment.return.explain", "/inbox/dossiers/" + id + "/return",
                "return", "assignment.return");
    }
}
