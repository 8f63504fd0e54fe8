package vn.motcua.workflow.routing;

import org.flowable.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.DossierEvents;

/**
 * Ends the process of a withdrawn dossier, with its open tasks and timers, in the transaction that withdrew it; the
 * deletion reason stays in the engine's history.
 */
@Component
class ProcessEnder {

    static final String WITHDRAWN = "withdrawn by the applicant";

    private final RuntimeService runtime;

    ProcessEnder(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(DossierEvents.Withdrawn withdrawn) {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(withdrawn.dossierId().toString()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(),
                        withdrawn.reason() == null ? WITHDRAWN : WITHDRAWN + ": " + withdrawn.reason()));
    }
}
