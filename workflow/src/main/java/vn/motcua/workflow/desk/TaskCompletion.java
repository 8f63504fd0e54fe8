package vn.motcua.workflow.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.engine.task.Comment;
import org.flowable.task.api.Task;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.form.FormProblem;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.TaskNotAvailableException;
import vn.motcua.workflow.routing.ProcessVariables;
import vn.motcua.workflow.routing.StepStatus;

/**
 * Completes any open processing step (status 4) of a staff member's agency and role with a decision: forward, or
 * return to the step before when the process allows it (then a comment is required). The comment is kept in the
 * engine's history and shown on the dossier. The routing itself is the BPMN's: a step can return when it is followed by
 * an exclusive gateway with a flow taken on {@code decision == 'return'}.
 */
@Service
public class TaskCompletion {

    /** The fields of a decision its problems name. */
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";

    /** Longest comment kept with a decision. */
    public static final int COMMENT_MAX = 2000;

    /** Engine task ids: UUIDs or numbers; anything else cannot be a task and is not looked up. */
    private static final java.util.regex.Pattern TASK_ID = java.util.regex.Pattern.compile("[\\w-]{1,64}");

    /** Control characters a comment may not hold (line breaks and tabs are fine); the database refuses NUL anyway. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final Dossiers dossiers;

    TaskCompletion(TaskService tasks, HistoryService history, RepositoryService repository, Dossiers dossiers) {
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.dossiers = dossiers;
    }

    /** The open task, if it is offered to one of the staff member's groups; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<TaskDetails> find(String taskId, StaffMember staff) {
        return offered(taskId, staff).map(this::details);
    }

    /** Every open task offered to the staff member's groups, oldest first (at most 200). */
    @Transactional(readOnly = true)
    public List<TaskDetails> openTasks(StaffMember staff) {
        if (staff.candidateGroups().isEmpty()) {
            return List.of();
        }
        return tasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(staff.candidateGroups()))
                .includeProcessVariables().orderByTaskCreateTime().asc().listPage(0, 200).stream()
                .map(this::details).toList();
    }

    /** The open tasks of the dossier offered to the staff member's groups. */
    @Transactional(readOnly = true)
    public List<TaskDetails> openTasks(UUID dossierId, StaffMember staff) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossierId.toString())
                .taskCandidateGroupIn(List.copyOf(staff.candidateGroups())).includeProcessVariables().list().stream()
                .map(this::details).toList();
    }

    /**
     * Completes the task with the decision; the comment is required when returning.
     *
     * @throws TaskNotAvailableException if the task does not exist (any more), is not offered to the
     *         staff member, or is not a processing step
     * @throws TaskDecisionRefusedException if there is no decision or returning is not possible from this step, the
     *         comment is missing when returning, too long or holds control characters
     */
    @Transactional
    public Dossier complete(String taskId, StaffMember staff, TaskDecision decision, String comment) {
        Task task = offered(taskId, staff).orElseThrow(() -> new TaskNotAvailableException(taskId));
        TaskDetails details = details(task);
        if (!details.general()) {
            throw new TaskNotAvailableException(taskId);
        }
        String text = comment == null ? "" : comment.strip();
        List<FormProblem> problems = problems(details, decision, text);
        if (!problems.isEmpty()) {
            throw new TaskDecisionRefusedException(problems);
        }
        if (!text.isEmpty()) {
            String previous = Authentication.getAuthenticatedUserId();
            Authentication.setAuthenticatedUserId(staff.username());
            try {
                tasks.addComment(task.getId(), task.getProcessInstanceId(), text);
            } finally {
                Authentication.setAuthenticatedUserId(previous);
            }
        }
        tasks.complete(task.getId(), DeskActions.completionVariables(task.getTaskDefinitionKey(), staff,
                decision == TaskDecision.RETURN ? ProcessVariables.RETURN : ProcessVariables.FORWARD));
        return dossiers.get(details.dossierId());
    }

    /**
     * What keeps a decision from being taken on the step: none or one the step does not allow, a return without its
     * reason, a comment too long or with a control character other than a line break or a tab.
     */
    private static List<FormProblem> problems(TaskDetails task, TaskDecision decision, String comment) {
        List<FormProblem> problems = new ArrayList<>();
        if (decision == null || decision == TaskDecision.RETURN && !task.returnable()) {
            problems.add(new FormProblem(DECISION, "task.decision.missing", List.of()));
        } else if (decision == TaskDecision.RETURN && comment.isEmpty()) {
            problems.add(new FormProblem(COMMENT, "task.comment.required", List.of()));
        }
        if (comment.length() > COMMENT_MAX) {
            problems.add(new FormProblem(COMMENT, "task.comment.tooLong", List.of(COMMENT_MAX)));
        } else if (CONTROL.matcher(comment).find()) {
            problems.add(new FormProblem(COMMENT, "task.comment.invalid", List.of()));
        }
        return problems;
    }

    /** The comments left on the dossier's steps, oldest first. */
    @Transactional(readOnly = true)
    public List<TaskNote> notes(UUID dossierId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dossierId.toString()).orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (instance == null) {
            return List.of();
        }
        return tasks.getProcessInstanceComments(instance.getId()).stream()
                .sorted(Comparator.comparing(Comment::getTime))
                .map(comment -> new TaskNote(comment.getUserId(), taskName(comment.getTaskId()),
                        comment.getTime().toInstant(), comment.getFullMessage()))
                .toList();
    }

    private String taskName(String taskId) {
        if (taskId == null) {
            return "";
        }
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return task == null ? "" : task.getName();
    }

    private Optional<Task> offered(String taskId, StaffMember staff) {
        if (taskId == null || !TASK_ID.matcher(taskId).matches() || staff.candidateGroups().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId)
                .taskCandidateGroupIn(List.copyOf(staff.candidateGroups())).includeProcessVariables().singleResult());
    }

    private TaskDetails details(Task task) {
        FlowElement element = repository.getBpmnModel(task.getProcessDefinitionId())
                .getFlowElement(task.getTaskDefinitionKey());
        boolean general = element instanceof UserTask userTask
                && StepStatus.of(userTask).filter(status -> status == DossierStatus.IN_PROGRESS).isPresent();
        return new TaskDetails(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                UUID.fromString((String) task.getProcessVariables().get(ProcessVariables.DOSSIER_ID)),
                (String) task.getProcessVariables().get(ProcessVariables.DOSSIER_CODE),
                task.getCreateTime().toInstant(), general, general && canReturn((UserTask) element));
    }

    private static boolean canReturn(UserTask task) {
        return task.getOutgoingFlows().stream().map(SequenceFlow::getTargetFlowElement)
                .filter(ExclusiveGateway.class::isInstance)
                .flatMap(gateway -> ((ExclusiveGateway) gateway).getOutgoingFlows().stream())
                .anyMatch(flow -> flow.getConditionExpression() != null
                        && flow.getConditionExpression().contains("'" + ProcessVariables.RETURN + "'"));
    }
}
