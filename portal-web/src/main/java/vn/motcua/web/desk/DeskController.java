package vn.motcua.web.desk;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.cases.dossier.DeskQueueFilter;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.web.support.Paging;
import vn.motcua.web.support.StaffStep;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.assignment.AssignableTask;
import vn.motcua.workflow.assignment.TaskAssignments;
import vn.motcua.workflow.desk.DeskActions;

@Controller
class DeskController {

    static final String QUEUE_VIEW = "desk/queue";
    static final String ERROR_VIEW = "error";
    static final int PAGE_SIZE = 20;

    private final Dossiers dossiers;
    private final DeskActions actions;
    private final TaskAssignments assignments;
    private final ProcedureCatalog catalog;
    private final DossierDetails details;
    private final Drafts drafts;

    DeskController(Dossiers dossiers, DeskActions actions, TaskAssignments assignments, ProcedureCatalog catalog,
            DossierDetails details, Drafts drafts) {
        this.drafts = drafts;
        this.dossiers = dossiers;
        this.actions = actions;
        this.assignments = assignments;
        this.catalog = catalog;
        this.details = details;
    }

    @GetMapping("/desk")
    String queue(@AuthenticationPrincipal OidcUser user, @ModelAttribute("filter") QueueFilterForm filter, Model model) {
        String agency = PortalUser.of(user).agencyCode();
        Page<Dossier> page = dossiers.deskQueue(agency, filter.toFilter(),
                PageRequest.of(Paging.requestedPage(filter.page()), PAGE_SIZE));
        model.addAttribute("dossiers", page.getContent());
        model.addAttribute("paging", Paging.of(page, filter::link));
        model.addAttribute("backwards", filter.backwards());
        model.addAttribute("procedures", catalog.receivedBy(agency));
        model.addAttribute("states", DeskQueueFilter.State.values());
        model.addAttribute("dues", DeskQueueFilter.Due.values());
        model.addAttribute("awaitingFee", dossiers.awaitingFee(agency));
        model.addAttribute("walkIns", drafts.openAtDesk(agency));
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
        model.addAttribute("refusePath", intake && dossier.status() == DossierStatus.SUBMITTED
                ? "/desk/dossiers/" + id + "/refuse" : null);
        model.addAttribute("supplementPath", intake && dossier.status().allowsSupplementRequest()
                ? "/desk/dossiers/" + id + "/supplement" : null);
        // a dossier an agency returned to the desk goes straight back to that agency's step once the desk is done
        model.addAttribute("returnedTask", assignments.task(id, clerk.staffMember())
                .filter(task -> task.returnedFrom() != null).orElse(null));
        details.addTo(model, dossier, "/desk/dossiers/" + id, clerk.staffMember());
        return StaffStep.VIEW;
    }

    @PostMapping("/desk/dossiers/{id}/accept")
    String accept(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PortalUser clerk = PortalUser.of(user);
        Dossier dossier = dossiers.findForAgency(id, clerk.agencyCode()).orElseThrow(NotFoundException::new);
        if (dossier.status() != DossierStatus.SUBMITTED && dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            return alreadyDecided(model, response);
        }
        // the intake task is looked up among the clerk's agency groups: another agency's dossier answers 404
        Dossier accepted = actions.accept(id, clerk.staffMember());
        redirect.addFlashAttribute("acceptedCode", accepted.code());
        return "redirect:/desk";
    }

    @PostMapping("/desk/dossiers/{id}/send-back")
    String sendBack(@PathVariable UUID id, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        StaffMember clerk = PortalUser.of(user).staffMember();
        AssignableTask task = assignments.task(id, clerk).filter(t -> t.returnedFrom() != null)
                .orElseThrow(NotFoundException::new);
        assignments.sendBack(id, clerk);
        redirect.addFlashAttribute("sentBackCode", dossiers.get(id).code());
        redirect.addFlashAttribute("sentBackStep", task.returnedFrom());
        return "redirect:/desk";
    }

    /** 409 with a clear message: the dossier was accepted or refused already, and nothing changes. */
    static String alreadyDecided(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        model.addAttribute("reason", "alreadyDecided");
        return ERROR_VIEW;
    }
}
