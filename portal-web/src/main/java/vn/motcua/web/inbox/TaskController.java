package vn.motcua.web.inbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.FormErrors;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.TaskNotAvailableException;
import vn.motcua.workflow.access.StaffReads;
import vn.motcua.workflow.desk.StaffScope;
import vn.motcua.workflow.desk.TaskCompletion;
import vn.motcua.workflow.desk.TaskDecision;
import vn.motcua.workflow.desk.TaskDecisionRefusedException;
import vn.motcua.workflow.desk.TaskDetails;

/**
 * The generic task page: any open processing step offered to the staff member's agency and role, with the dossier
 * (form, attachments, history, comments of earlier steps; each read logged in the access log), completed with a
 * decision and a comment. A task that is
 * done already, or not offered to this member, answers 404 with a page that says so; nothing changes.
 */
@Controller
class TaskController {

    static final String LIST_VIEW = "inbox/tasks";
    static final String TASK_VIEW = "inbox/task";
    static final String GONE_VIEW = "inbox/task-gone";
    private static final String FORM = "form";

    private final TaskCompletion completion;
    private final StaffScope scope;
    private final StoredFiles files;
    private final Agencies agencies;
    private final StaffReads reads;

    TaskController(TaskCompletion completion, StaffScope scope, StoredFiles files, Agencies agencies,
            StaffReads reads) {
        this.completion = completion;
        this.scope = scope;
        this.files = files;
        this.agencies = agencies;
        this.reads = reads;
    }

    @GetMapping("/inbox/tasks")
    String list(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("tasks", completion.openTasks(PortalUser.of(user).staffMember()));
        return LIST_VIEW;
    }

    @GetMapping("/inbox/tasks/{taskId}")
    String task(@PathVariable String taskId, @AuthenticationPrincipal OidcUser user, Model model,
            HttpServletResponse response) {
        StaffMember staff = PortalUser.of(user).staffMember();
        TaskDetails task = completion.find(taskId, staff).orElse(null);
        if (task == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return GONE_VIEW;
        }
        model.addAttribute(FORM, new TaskForm(TaskDecision.FORWARD.name(), ""));
        return show(task, staff, model);
    }

    /** Completes the task; the decision's rules are {@link TaskCompletion}'s, and its refusals show on the form. */
    @PostMapping("/inbox/tasks/{taskId}")
    String complete(@PathVariable String taskId, @AuthenticationPrincipal OidcUser user,
            @ModelAttribute(FORM) TaskForm form, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        StaffMember staff = PortalUser.of(user).staffMember();
        TaskDetails task = completion.find(taskId, staff).filter(TaskDetails::general).orElse(null);
        if (task == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return GONE_VIEW;
        }
        TaskDecision decision = decision(form.decision());
        try {
            Dossier dossier = completion.complete(taskId, staff, decision, form.comment());
            redirect.addFlashAttribute(decision == TaskDecision.RETURN ? "returnedCode" : "completedCode", dossier.code());
        } catch (TaskDecisionRefusedException refused) {
            FormErrors.reject(errors, refused.problems());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(task, staff, model);
        } catch (TaskNotAvailableException gone) {
            // completed by a colleague between the page and the click
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return GONE_VIEW;
        }
        return "redirect:/inbox/tasks";
    }

    @GetMapping("/inbox/tasks/{taskId}/attachments/{fileId}")
    ResponseEntity<byte[]> attachment(@PathVariable String taskId, @PathVariable UUID fileId,
            @AuthenticationPrincipal OidcUser user) {
        StaffMember staff = PortalUser.of(user).staffMember();
        TaskDetails task = completion.find(taskId, staff).orElseThrow(NotFoundException::new);
        StoredFile file = files.find(fileId)
                .filter(found -> found.dossierId().equals(task.dossierId()) && found.kind() == FileKind.ATTACHMENT)
                .orElseThrow(NotFoundException::new);
        reads.attachment(staff, scope.find(task.dossierId(), staff).orElseThrow(NotFoundException::new), file,
                task.name());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(files.content(file));
    }

    private String show(TaskDetails task, StaffMember staff, Model model) {
        Dossier dossier = scope.find(task.dossierId(), staff).orElseThrow(NotFoundException::new);
        reads.dossier(staff, dossier, task.name());
        model.addAttribute("task", task);
        model.addAttribute("dossier", dossier);
        model.addAttribute("attachments", files.of(dossier.id(), FileKind.ATTACHMENT));
        model.addAttribute("notes", completion.notes(dossier.id()));
        model.addAttribute("agencyNames", agencyNames(dossier));
        model.addAttribute("documentsPath", (staff.agencyCode().equals(dossier.receivingAgencyCode())
                && staff.roles().contains(StaffMember.Role.CLERK) ? "/desk" : "/inbox") + "/dossiers/" + dossier.id());
        model.addAttribute("commentMax", TaskCompletion.COMMENT_MAX);
        return TASK_VIEW;
    }

    private Map<String, String> agencyNames(Dossier dossier) {
        Map<String, String> names = new LinkedHashMap<>();
        dossier.history().forEach(change -> {
            if (change.agencyCode() != null) {
                names.computeIfAbsent(change.agencyCode(), code -> agencies.findByCode(code).map(Agency::name).orElse(code));
            }
        });
        return names;
    }

    /** The decision the form names; none for anything else. */
    private static TaskDecision decision(String value) {
        return Arrays.stream(TaskDecision.values()).filter(d -> d.name().equals(value)).findFirst().orElse(null);
    }
}
