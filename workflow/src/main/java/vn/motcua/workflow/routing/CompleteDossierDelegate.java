package vn.motcua.workflow.routing;

import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.workflow.ProcessDelegate;

/**
 * Marks the dossier done (status 9) at the end of a process whose result is not a document the portal issues (it is
 * handed over at the desk): {@code <serviceTask flowable:delegateExpression="${completeDossier}"/>}, after a step of
 * status 4. The last staff member who decided is recorded as the actor.
 */
@ProcessDelegate
@Component("completeDossier")
class CompleteDossierDelegate implements JavaDelegate {

    private final Dossiers dossiers;

    CompleteDossierDelegate(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID dossierId = UUID.fromString((String) execution.getVariable(ProcessVariables.DOSSIER_ID));
        Object decidedBy = execution.getVariable(ProcessVariables.DECIDED_BY);
        dossiers.completeWithResult(dossierId, decidedBy == null ? "system" : decidedBy.toString());
    }
}
