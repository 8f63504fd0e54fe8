package vn.motcua.workflow.routing;

import java.util.UUID;

import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.RepositoryService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;

/**
 * When a user task starts, moves the dossier to the national status the task stands for: 4 (in an agency's hands) or
 * 6 (the fee is asked for and the legal clock pauses); a task of status 1 finds the dossier there already.
 */
@Component
class StepStatusListener implements FlowableEventListener {

    private static final String SYSTEM = "system";

    private final Dossiers dossiers;
    private final RepositoryService repository;

    StepStatusListener(Dossiers dossiers, @Lazy RepositoryService repository) {
        this.dossiers = dossiers;
        this.repository = repository;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() != FlowableEngineEventType.TASK_CREATED
                || !(((FlowableEngineEntityEvent) event).getEntity() instanceof Task task)) {
            return;
        }
        FlowElement element = repository.getBpmnModel(task.getProcessDefinitionId())
                .getFlowElement(task.getTaskDefinitionKey());
        if (!(element instanceof UserTask userTask)) {
            return;
        }
        DossierStatus status = StepStatus.of(userTask).orElseThrow();
        TaskEntity entity = (TaskEntity) task;
        if (status == DossierStatus.IN_PROGRESS) {
            dossiers.startProcessing(dossierId(entity), agencyHolding(entity), SYSTEM);
        } else if (status == DossierStatus.PAYMENT_REQUESTED) {
            dossiers.requestPayment(dossierId(entity), SYSTEM);
        }
    }

    private static UUID dossierId(TaskEntity task) {
        return UUID.fromString((String) task.getVariable(ProcessVariables.DOSSIER_ID));
    }

    /** The agency of the task's first candidate group {@code {agency}:{role}}, else the receiving agency. */
    private static String agencyHolding(TaskEntity task) {
        return task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId().substring(0, link.getGroupId().lastIndexOf(':')))
                .findFirst()
                .orElse((String) task.getVariable(ProcessVariables.AGENCY_CODE));
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
