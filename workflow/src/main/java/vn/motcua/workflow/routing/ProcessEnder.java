package vn.motcua.workflow.routing;

import org.flowable.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.DossierEvents;

/**
 * Ends the process of a withdrawn, refused or stopped dossier, with its open tasks and timers, in the transaction that withdrew it; the
 * deletion reason stays in the engine's history.
 */
@Component
class ProcessEnder {

    static final String WITHDRAWN = "withdrawn by the applicant";
    static final String REFUSED = "refused at intake";
    static final String STOPPED = "processing stopped";

    private final RuntimeService runtime;

    ProcessEnder(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(DossierEvents.Withdrawn withdrawn) {
        end(withdrawn.dossierId(), withdrawn.reason() == null ? WITHDRAWN : WITHDRAWN + ": " + withdrawn.reason());
    }

    @EventListener
    void on(DossierEvents.Refused refused) {
        end(refused.dossierId(), REFUSED + ": " + refused.reason());
    }

    @EventListener
    void on(DossierEvents.Stopped stopped) {
        end(stopped.dossierId(), STOPPED + ": " + stopped.reason());
    }

    private void end(java.util.UUID dossierId, String reason) {
        // the engine keeps the delete reason in a varchar(4000) column
        String kept = reason.length() > 3000 ? reason.substring(0, 3000) : reason;
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId.toString()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), kept));
    }
}
