package vn.motcua.workflow.routing;

import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.DossierEvents;

/**
 * Starts the procedure's process when a dossier is filed. The listener runs synchronously inside the
 * filing transaction, so either both the dossier and its process instance exist or neither does.
 */
@Component
class ProcessStarter {

    private final RuntimeService runtime;

    ProcessStarter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(DossierEvents.Submitted submitted) {
        runtime.startProcessInstanceByKey(submitted.processKey(), submitted.dossierId().toString(), Map.of(
                ProcessVariables.DOSSIER_ID, submitted.dossierId().toString(),
                ProcessVariables.DOSSIER_CODE, submitted.code(),
                ProcessVariables.AGENCY_CODE, submitted.agencyCode()));
    }
}
