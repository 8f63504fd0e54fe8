package vn.motcua.workflow.interagency;

import java.util.UUID;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.lgsp.HealthInsuranceCard;
import vn.motcua.lgsp.HealthInsuranceCardApplication;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.SocialInsurance;
import vn.motcua.workflow.ProcessDelegate;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * Asks social insurance for the child's health-insurance card and keeps its number and validity as process
 * variables. Social insurance answers a second request for the same child with the card issued before, which is what
 * makes the job's retry cycle safe although the port itself never retries.
 */
@ProcessDelegate
@Component("issueInsuranceCard")
class IssueInsuranceCardDelegate implements JavaDelegate {

    /** The agency on whose behalf the card is asked for. */
    static final String SOCIAL_INSURANCE = "H29.BHXH";

    private final Dossiers dossiers;
    private final SocialInsurance insurance;

    IssueInsuranceCardDelegate(Dossiers dossiers, SocialInsurance insurance) {
        this.dossiers = dossiers;
        this.insurance = insurance;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.get(UUID.fromString((String) execution.getVariable(ProcessVariables.DOSSIER_ID)));
        BirthForm form = BirthForm.of(dossier.formData(), dossier.applicant().fullName(), dossier.applicant().idNumber());
        String childId = (String) execution.getVariable(ProcessVariables.CHILD_ID_NUMBER);
        HealthInsuranceCard card = insurance.issueChildCard(new HealthInsuranceCardApplication(childId,
                form.childName(), form.birthDate(), form.gender(), form.applicantIdNumber(), form.householdAddress()),
                new LgspContext(SOCIAL_INSURANCE, null, dossier.code()).inBackground());
        execution.setVariable(ProcessVariables.INSURANCE_CARD_NUMBER, card.cardNumber());
        execution.setVariable(ProcessVariables.INSURANCE_VALID_FROM, card.validFrom().toString());
        execution.setVariable(ProcessVariables.INSURANCE_VALID_TO, card.validTo().toString());
    }
}
