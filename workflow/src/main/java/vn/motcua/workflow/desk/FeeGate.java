package vn.motcua.workflow.desk;

import java.util.Map;

import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * Completes the process's fee step (task {@value DeskActions#FEE}, status 6) when the dossier records its fee as paid, in the
 * transaction that recorded it. Whoever received the money (the clerk at the desk, the online payment) records it on
 * the dossier; the process moves on the same way for both. A failure here rolls the payment back.
 */
@Component
class FeeGate {

    private final TaskService tasks;

    FeeGate(TaskService tasks) {
        this.tasks = tasks;
    }

    // Before commit rather than at once: completing the task moves the same dossier on (status 4), which must not
    // happen while the dossier is still publishing this event.
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(DossierEvents.FeePaid paid) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(paid.dossierId().toString())
                .taskDefinitionKey(DeskActions.FEE).singleResult();
        if (task == null) {
            throw new IllegalStateException("Dossier " + paid.code() + " has no process step waiting for its fee");
        }
        tasks.complete(task.getId(), Map.of(
                ProcessVariables.FEE_RECEIPT_NUMBER, paid.receiptNumber(),
                ProcessVariables.FEE_PAID_VIA, paid.via().name(),
                ProcessVariables.FEE_RECORDED_BY, paid.recordedBy()));
    }
}
