package vn.motcua.workflow.assignment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.TaskHeldException;
import vn.motcua.workflow.TaskNotAvailableException;
import vn.motcua.workflow.desk.DeskActions;

/**
 * Who works a dossier's open task: a staff member of the task's agency and role claims it (Flowable's claim), releases
 * it, hands it to a colleague of the same agency and role, or returns the dossier to the step before with a reason
 * (Flowable's change-state API; the step returned to later sends it straight back). Each action is kept as a comment
 * on the process instance, so the dossier's history shows it with the actor and the reason.
 */
@Service
public class TaskAssignments {

    /** Process variable: the step a returned dossier came back from, to go to again when the earlier step is done. */
    public static final String RETURNED_FROM = "returnedFrom";

    /** The step each step returns to. */
    private static final Map<String, String> EARLIER = Map.of(DeskActions.REVIEW, DeskActions.INTAKE,
            DeskActions.APPROVAL, DeskActions.REVIEW);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final Colleagues directory;

    TaskAssignments(TaskService tasks, RuntimeService runtime, RepositoryService repository, Colleagues directory) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.directory = directory;
    }

    /** The dossier's open task offered to the staff member's groups, claimed or not; empty if there is none. */
    @Transactional(readOnly = true)
    public Optional<AssignableTask> task(UUID dossierId, StaffMember staff) {
        return find(dossierId, staff).map(task -> new AssignableTask(task.getId(), task.getTaskDefinitionKey(),
                task.getName(), task.getAssignee(), earlierStep(task).isPresent(),
                (String) runtime.getVariable(task.getExecutionId(), RETURNED_FROM)));
    }

    /**
     * The staff member takes the task: others of the group can no longer complete it. Claiming one's own task again
     * changes nothing.
     *
     * @throws TaskNotAvailableException if the dossier has no open task for the staff member's groups
     * @throws TaskHeldException         if someone else holds it
     */
    @Transactional
    public void claim(UUID dossierId, StaffMember staff) {
        Task task = open(dossierId, staff);
        if (staff.username().equals(task.getAssignee())) {
            return;
        }
        requireFreeOrHeldBy(task, staff);
        tasks.claim(task.getId(), staff.username());
        note(task, staff, StaffAction.Kind.CLAIM, null);
    }

    /**
     * The holder gives the task back to the group.
     *
     * @throws TaskHeldException if the task is free or someone else holds it
     */
    @Transactional
    public void release(UUID dossierId, StaffMember staff) {
        Task task = open(dossierId, staff);
        if (!staff.username().equals(task.getAssignee())) {
            throw new TaskHeldException(task.getTaskDefinitionKey(), task.getAssignee());
        }
        tasks.unclaim(task.getId());
        note(task, staff, StaffAction.Kind.RELEASE, null);
    }

    /** Colleagues the task may be handed to: staff known to the portal with the task's agency and role, less oneself. */
    @Transactional(readOnly = true)
    public List<StaffMember> colleagues(UUID dossierId, StaffMember staff) {
        return find(dossierId, staff).map(task -> colleagues(task, staff)).orElse(List.of());
    }

    /**
     * Hands the task to a colleague of the same agency and role; the task must be free or held by the staff member.
     *
     * @throws UnknownColleagueException if the colleague is not of the task's agency and role (or is oneself)
     */
    @Transactional
    public StaffMember reassign(UUID dossierId, StaffMember staff, String colleague) {
        Task task = open(dossierId, staff);
        requireFreeOrHeldBy(task, staff);
        StaffMember to = colleagues(task, staff).stream().filter(member -> member.username().equals(colleague))
                .findFirst().orElseThrow(UnknownColleagueException::new);
        tasks.setAssignee(task.getId(), to.username());
        note(task, staff, StaffAction.Kind.REASSIGN, to.username());
        return to;
    }

    /**
     * Returns the dossier from the task to the step before it (review to the desk's intake, approval to review), with
     * a reason. The task must be free or held by the staff member.
     *
     * @throws TaskNotAvailableException if the task has no earlier step in this process
     * @throws IllegalArgumentException  if the reason is blank or longer than {@link Dossier#MAX_REASON}
     */
    @Transactional
    public String returnToEarlierStep(UUID dossierId, StaffMember staff, String reason) {
        Task task = open(dossierId, staff);
        requireFreeOrHeldBy(task, staff);
        String note = reason == null ? "" : reason.replace("\u0000", "").strip();
        if (note.isEmpty() || note.length() > Dossier.MAX_REASON) {
            throw new IllegalArgumentException("A return needs a reason of at most " + Dossier.MAX_REASON + " characters");
        }
        String earlier = earlierStep(task).orElseThrow(() -> new TaskNotAvailableException(dossierId, task.getTaskDefinitionKey()));
        note(task, staff, StaffAction.Kind.RETURN, task.getTaskDefinitionKey() + ">" + earlier + ":" + note);
        runtime.setVariable(task.getProcessInstanceId(), RETURNED_FROM, task.getTaskDefinitionKey());
        runtime.createChangeActivityStateBuilder().processInstanceId(task.getProcessInstanceId())
                .moveActivityIdTo(task.getTaskDefinitionKey(), earlier).changeState();
        return earlier;
    }

    /**
     * The step a dossier was returned to is done: the dossier goes straight back to the step that returned it (not
     * again through the steps between, e.g. the fee already paid).
     *
     * @throws TaskNotAvailableException if the dossier's open task for the staff member was not returned to
     */
    @Transactional
    public void sendBack(UUID dossierId, StaffMember staff) {
        Task task = open(dossierId, staff);
        requireFreeOrHeldBy(task, staff);
        String from = (String) runtime.getVariable(task.getProcessInstanceId(), RETURNED_FROM);
        if (from == null) {
            throw new TaskNotAvailableException(dossierId, task.getTaskDefinitionKey());
        }
        note(task, staff, StaffAction.Kind.SEND_BACK, task.getTaskDefinitionKey() + ">" + from);
        runtime.removeVariable(task.getProcessInstanceId(), RETURNED_FROM);
        runtime.createChangeActivityStateBuilder().processInstanceId(task.getProcessInstanceId())
                .moveActivityIdTo(task.getTaskDefinitionKey(), from).changeState();
    }

    private List<StaffMember> colleagues(Task task, StaffMember staff) {
        return groupOf(task, staff).map(group -> directory.withRole(staff.agencyCode(), group).stream()
                .filter(member -> !member.username().equals(staff.username())).toList()).orElse(List.of());
    }

    /** The role of the task's candidate group that the staff member belongs to. */
    private Optional<Role> groupOf(Task task, StaffMember staff) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .filter(staff.candidateGroups()::contains)
                .map(group -> Role.valueOf(group.substring(group.lastIndexOf(':') + 1)))
                .findFirst();
    }

    private Optional<String> earlierStep(Task task) {
        String earlier = EARLIER.get(task.getTaskDefinitionKey());
        return earlier != null && repository.getBpmnModel(task.getProcessDefinitionId())
                .getFlowElement(earlier) instanceof UserTask ? Optional.of(earlier) : Optional.empty();
    }

    private void requireFreeOrHeldBy(Task task, StaffMember staff) {
        if (task.getAssignee() != null && !task.getAssignee().equals(staff.username())) {
            throw new TaskHeldException(task.getTaskDefinitionKey(), task.getAssignee());
        }
    }

    private void note(Task task, StaffMember staff, StaffAction.Kind kind, String detail) {
        String previous = Authentication.getAuthenticatedUserId();
        Authentication.setAuthenticatedUserId(staff.username());
        try {
            tasks.addComment(task.getId(), task.getProcessInstanceId(), StaffAction.TYPE_PREFIX + kind.name(),
                    detail == null ? "" : detail);
        } finally {
            Authentication.setAuthenticatedUserId(previous);
        }
    }

    private Task open(UUID dossierId, StaffMember staff) {
        return find(dossierId, staff).orElseThrow(() -> new TaskNotAvailableException(dossierId, "any"));
    }

    private Optional<Task> find(UUID dossierId, StaffMember staff) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossierId.toString())
                .taskCandidateGroupIn(List.copyOf(staff.candidateGroups())).ignoreAssigneeValue()
                .orderByTaskCreateTime().asc().list().stream().findFirst();
    }
}
