package vn.motcua.workflow.routing;

import java.util.Optional;
import java.util.Set;

import org.flowable.bpmn.model.UserTask;

import vn.motcua.cases.dossier.DossierStatus;

/**
 * The national status a user task stands for, written on the task in BPMN as
 * {@code motcua:status="4"} (namespace {@value #NAMESPACE}).
 */
public final class StepStatus {

    public static final String NAMESPACE = "https://motcua.vn/bpmn";
    public static final String ATTRIBUTE = "status";

    /** Statuses a user task may stand for with this version of the engine listener. */
    public static final Set<DossierStatus> SUPPORTED = Set.of(DossierStatus.SUBMITTED, DossierStatus.IN_PROGRESS,
            DossierStatus.PAYMENT_REQUESTED);

    private StepStatus() {
    }

    public static Optional<DossierStatus> of(UserTask task) {
        String value = task.getAttributeValue(NAMESPACE, ATTRIBUTE);
        if (value == null || !value.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(DossierStatus.ofCode(Integer.parseInt(value)));
        } catch (IllegalArgumentException unknownCode) {
            return Optional.empty();
        }
    }
}
