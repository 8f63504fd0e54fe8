package vn.motcua.workflow.interagency;

import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.lgsp.BirthRegistration;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.PopulationRegistry;
import vn.motcua.workflow.ProcessDelegate;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * Sends the registered birth to the population database, which issues the child's personal identity number; keeps
 * the number as a process variable. The dossier code is the registration key, so a retried job gets the same number.
 */
@ProcessDelegate
@Component("issueChildIdNumber")
class IssueChildIdDelegate implements JavaDelegate {

    static final String REGISTER_BIRTH = "registerBirth";

    private final Dossiers dossiers;
    private final PopulationRegistry population;

    IssueChildIdDelegate(Dossiers dossiers, PopulationRegistry population) {
        this.dossiers = dossiers;
        this.population = population;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.get(UUID.fromString((String) execution.getVariable(ProcessVariables.DOSSIER_ID)));
        BirthForm form = BirthForm.of(dossier.formData(), dossier.applicant().fullName(), dossier.applicant().idNumber());
        String agency = dossier.receivingAgencyCode();
        String idNumber = population.registerBirth(new BirthRegistration(dossier.code(), form.childName(),
                        form.birthDate(), form.gender(), form.motherIdNumber(), form.fatherIdNumberOrNull(), agency),
                new LgspContext(agency, (String) execution.getVariable(ProcessVariables.decidedBy(REGISTER_BIRTH)),
                        dossier.code()).inBackground());
        execution.setVariable(ProcessVariables.CHILD_ID_NUMBER, idNumber);
    }
}
