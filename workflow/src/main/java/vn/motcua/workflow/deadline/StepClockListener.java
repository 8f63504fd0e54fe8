package vn.motcua.workflow.deadline;

import java.util.Date;
import java.util.UUID;

import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import vn.motcua.cases.clock.StepDeadlines;
import vn.motcua.cases.clock.StepTiming;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * Gives every user task its share of the legal deadline when it opens (also as the task's due date, which the inbox
 * and the process history show) and records, when it closes, whether it was on time. Runs in the engine's
 * transaction, so a task and its deadline are stored together.
 */
@Component
class StepClockListener implements FlowableEventListener {

    private final Dossiers dossiers;
    private final StepDeadlines deadlines;

    StepClockListener(Dossiers dossiers, StepDeadlines deadlines) {
        this.dossiers = dossiers;
        this.deadlines = deadlines;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (!(event instanceof FlowableEngineEntityEvent entityEvent)
                || !(entityEvent.getEntity() instanceof TaskEntity task) || task.getProcessInstanceId() == null) {
            return;
        }
        if (event.getType() == FlowableEngineEventType.TASK_CREATED) {
            opened(task);
        } else if (event.getType() == FlowableEngineEventType.TASK_COMPLETED) {
            deadlines.close(task.getId(), true);
        } else if (event.getType() == FlowableEngineEventType.ENTITY_DELETED) {
            // a task deleted without completing: the process ended (withdrawal, refusal); no verdict
            deadlines.close(task.getId(), false);
        }
    }

    private void opened(TaskEntity task) {
        Object id = task.getVariable(ProcessVariables.DOSSIER_ID);
        if (!(id instanceof String dossierId)) {
            return;
        }
        Dossier dossier = dossiers.get(UUID.fromString(dossierId));
        StepTiming timing = deadlines.open(task.getId(), dossier.id(), dossier.procedureVersion().id(),
                task.getTaskDefinitionKey(), agencyHolding(task, dossier), dossier.procedureVersion().deadlineRule(),
                dossier.dueAt());
        if (timing.dueAt() != null) {
            task.setDueDate(Date.from(timing.dueAt()));
        }
    }

    /** The agency of the task's first candidate group {@code {agency}:{role}}, else the agency holding the dossier. */
    private static String agencyHolding(TaskEntity task, Dossier dossier) {
        return task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                        && link.getGroupId().contains(":"))
                .map(link -> link.getGroupId().substring(0, link.getGroupId().lastIndexOf(':')))
                .findFirst()
                .orElse(dossier.handlerAgencyCode());
    }

    @Override
    public boolean isFailOnException() {
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}
