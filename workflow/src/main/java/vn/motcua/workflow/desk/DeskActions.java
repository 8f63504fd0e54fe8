package vn.motcua.workflow.desk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.payment.Fees;
import vn.motcua.cases.dossier.FeeChannel;
import vn.motcua.cases.dossier.RecordFeePayment;
import vn.motcua.cases.draft.SubmitDraft;
import vn.motcua.cases.draft.Submission;
import vn.motcua.cases.draft.Submissions;
import vn.motcua.cases.supplement.RequestSupplement;
import vn.motcua.cases.supplement.SupplementRequest;
import vn.motcua.cases.supplement.Supplements;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.TaskHeldException;
import vn.motcua.workflow.TaskNotAvailableException;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * Staff actions on dossiers. Each action finds the dossier's open task of the expected kind among the
 * tasks offered to the staff member's candidate groups, changes the dossier and completes the task in
 * one transaction.
 */
@Service
public class DeskActions {

    /** Task key of the one-stop desk's intake step in every process. */
    public static final String INTAKE = "intake";

    /** Task key of the step that waits for the fee (status 6), offered to the one-stop desk. */
    public static final String FEE = "fee";

    /** Task key of the specialist's review step. */
    public static final String REVIEW = "review";

    /** Task key of the leader's approval step. */
    public static final String APPROVAL = "approval";

    private final TaskService tasks;
    private final Dossiers dossiers;
    private final Supplements supplements;
    private final Submissions submissions;
    private final Fees fees;

    DeskActions(TaskService tasks, Dossiers dossiers, Supplements supplements, Submissions submissions, Fees fees) {
        this.tasks = tasks;
        this.dossiers = dossiers;
        this.supplements = supplements;
        this.submissions = submissions;
        this.fees = fees;
    }

    /** Open tasks offered to the staff member's groups, claimed or not (with who holds them), oldest first. */
    @Transactional(readOnly = true)
    public List<OpenTask> inbox(StaffMember staff) {
        return tasks.createTaskQuery().taskCandidateGroupIn(List.copyOf(staff.candidateGroups())).ignoreAssigneeValue()
                .includeProcessVariables().orderByTaskCreateTime().asc().listPage(0, 200).stream()
                .map(task -> new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                        UUID.fromString((String) task.getProcessVariables().get(ProcessVariables.DOSSIER_ID)),
                        (String) task.getProcessVariables().get(ProcessVariables.DOSSIER_CODE),
                        task.getCreateTime().toInstant(), task.getAssignee()))
                .toList();
    }

    /** Whether the staff member has an open task of that kind on the dossier, free or held by them. */
    @Transactional(readOnly = true)
    public boolean hasTask(UUID dossierId, String taskKey, StaffMember staff) {
        Task task = findTask(dossierId, taskKey, staff);
        return task != null && (task.getAssignee() == null || task.getAssignee().equals(staff.username()));
    }

    /**
     * Files a walk-in dossier the clerk entered at the desk (channel 1) and accepts it in the same transaction: the
     * dossier is in status 2 with its due date when this returns, and slip 01 follows after the commit. Repeating the
     * command with the same idempotency key gives the same dossier and changes nothing.
     *
     * @throws vn.motcua.cases.draft.SubmissionRefusedException if the form is incomplete or the procedure not open
     */
    @Transactional
    public Submission fileWalkIn(SubmitDraft command, StaffMember clerk) {
        Submission submission = submissions.submitAtDesk(command);
        if (!submission.repeated()) {
            accept(submission.dossierId(), clerk);
        }
        return submission;
    }

    /**
     * The clerk refuses the dossier at intake with a reason (status 3); its process ends in this transaction and slip
     * 03 is issued after the commit.
     *
     * @throws TaskNotAvailableException if the dossier has no intake task for the clerk (another agency, or decided)
     * @throws vn.motcua.cases.dossier.IllegalTransitionException if the dossier is not waiting for intake
     * @throws IllegalArgumentException  if the reason is blank or too long
     */
    @Transactional
    public Dossier refuse(UUID dossierId, StaffMember clerk, String reason) {
        openTask(dossierId, INTAKE, clerk);
        return dossiers.refuse(dossierId, clerk.username(), reason);
    }

    /**
     * The leader of the agency that holds the dossier stops processing it with a reason (status 8); its process ends
     * in this transaction and slip 05 is issued after the commit.
     *
     * @throws TaskNotAvailableException if the staff member is not a leader of the agency that holds the dossier
     * @throws vn.motcua.cases.dossier.IllegalTransitionException if the dossier is not being processed
     * @throws IllegalArgumentException  if the reason is blank or too long
     */
    @Transactional
    public Dossier stop(UUID dossierId, StaffMember leader, String reason) {
        if (!mayStop(dossierId, leader)) {
            throw new TaskNotAvailableException(dossierId, "stop");
        }
        return dossiers.stop(dossierId, leader.username(), reason);
    }

    /** Whether the staff member leads the agency that holds the dossier now, so that they may stop its processing. */
    @Transactional(readOnly = true)
    public boolean mayStop(UUID dossierId, StaffMember leader) {
        Dossier dossier = dossiers.get(dossierId);
        return leader.roles().contains(StaffMember.Role.LEADER)
                && leader.agencyCode().equals(dossier.handlerAgencyCode());
    }

    /** The clerk accepts the dossier at the one-stop desk: status 2, due date set, routed on. */
    @Transactional
    public Dossier accept(UUID dossierId, StaffMember clerk) {
        Task task = openTask(dossierId, INTAKE, clerk);
        Dossier dossier = dossiers.accept(dossierId, clerk.username());
        complete(task, clerk);
        return dossier;
    }

    /**
     * The clerk asks the applicant for a supplement (status 5, the legal clock paused). The intake task stays open:
     * the process waits at the desk, and the clerk accepts only after the applicant has answered (the dossier is then
     * back in status 1).
     */
    @Transactional
    public SupplementRequest requestSupplement(UUID dossierId, StaffMember clerk, String reason, List<String> missingItems) {
        openTask(dossierId, INTAKE, clerk);
        return supplements.request(new RequestSupplement(dossierId, clerk.username(), clerk.fullName(), reason,
                missingItems));
    }

    /**
     * The clerk confirms that the dossier's assessed fee (per copy, exemptions: {@link Fees}, as online payment) was
     * paid at the desk, against a paper receipt. The dossier
     * resumes (the due date moves by the pause) and the fee step completes through the dossier's event, exactly as
     * when the fee is paid online.
     *
     * @throws TaskNotAvailableException if the dossier has no fee step open for the clerk's agency, e.g. it was paid
     * @throws IllegalArgumentException  if the receipt number is blank or too long
     */
    @Transactional
    public Dossier confirmFeeAtDesk(UUID dossierId, StaffMember clerk, String receiptNumber) {
        openTask(dossierId, FEE, clerk);
        Dossier dossier = dossiers.get(dossierId);
        return dossiers.recordFeePayment(new RecordFeePayment(dossierId, receiptNumber,
                fees.assess(dossier).amountVnd(), clerk.username(), FeeChannel.DESK));
    }

    /** The specialist has reviewed the dossier and forwards it to the leader. */
    @Transactional
    public Dossier review(UUID dossierId, StaffMember specialist) {
        complete(openTask(dossierId, REVIEW, specialist), specialist);
        return dossiers.get(dossierId);
    }

    /** The leader approves; the process then issues the signed result. */
    @Transactional
    public Dossier approve(UUID dossierId, StaffMember leader) {
        complete(openTask(dossierId, APPROVAL, leader), leader);
        return dossiers.get(dossierId);
    }

    private void complete(Task task, StaffMember staff) {
        tasks.complete(task.getId(), completionVariables(task.getTaskDefinitionKey(), staff, ProcessVariables.FORWARD));
    }

    /** The variables every completion sets: who decided (also under the task's key) and how. */
    static Map<String, Object> completionVariables(String taskKey, StaffMember staff, String decision) {
        return Map.of(ProcessVariables.DECIDED_BY, staff.username(), ProcessVariables.DECIDED_BY_NAME, staff.fullName(),
                ProcessVariables.decidedBy(taskKey), staff.username(),
                ProcessVariables.decidedByName(taskKey), staff.fullName(), ProcessVariables.DECISION, decision);
    }

    private Task openTask(UUID dossierId, String taskKey, StaffMember staff) {
        Task task = findTask(dossierId, taskKey, staff);
        if (task == null) {
            throw new TaskNotAvailableException(dossierId, taskKey);
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(staff.username())) {
            throw new TaskHeldException(taskKey, task.getAssignee());
        }
        return task;
    }

    /** The task offered to the staff member's groups, whether someone claimed it or not. */
    private Task findTask(UUID dossierId, String taskKey, StaffMember staff) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossierId.toString()).taskDefinitionKey(taskKey)
                .taskCandidateGroupIn(List.copyOf(staff.candidateGroups())).ignoreAssigneeValue().singleResult();
    }
}
