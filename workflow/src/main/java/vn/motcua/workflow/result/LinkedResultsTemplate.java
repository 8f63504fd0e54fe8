package vn.motcua.workflow.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.flowable.engine.delegate.DelegateExecution;

import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.documents.templates.BirthRegistrationExtract;
import vn.motcua.documents.templates.Gender;
import vn.motcua.documents.templates.HealthInsuranceCardNotice;
import vn.motcua.documents.templates.Parent;
import vn.motcua.documents.templates.ResidenceConfirmation;
import vn.motcua.documents.templates.Templates;
import vn.motcua.workflow.interagency.BirthForm;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * The three results of the linked procedure HCM.LT.01, each issued and signed by the agency that decided it: the
 * birth registration extract (the ward, signed for its justice officer's registration), the confirmation of permanent
 * residence (the ward police) and the notice of the health-insurance card (social insurance).
 */
final class LinkedResultsTemplate {

    static final String PROCESS_KEY = "birth-residence-insurance";
    static final String POLICE = "H29.12.05.CA";
    static final String SOCIAL_INSURANCE = "H29.BHXH";

    private LinkedResultsTemplate() {
    }

    static List<ResultDocument> results(Dossier dossier, DelegateExecution execution,
            Function<String, Agency> agencies) {
        BirthForm form = BirthForm.of(dossier.formData(), dossier.applicant().fullName(), dossier.applicant().idNumber());
        String childId = (String) execution.getVariable(ProcessVariables.CHILD_ID_NUMBER);
        Gender gender = form.gender() == vn.motcua.lgsp.Gender.FEMALE ? Gender.FEMALE : Gender.MALE;
        String code = dossier.code();
        String ward = dossier.receivingAgencyCode();
        String registrar = signer(execution, "registerBirth");
        String police = signer(execution, "confirmResidence");
        String insurer = signer(execution, "confirmInsurance");
        LocalDate registeredOn = dossier.submittedAt().atZone(LegalClock.ZONE).toLocalDate();
        return List.of(
                new ResultDocument("TRÍCH LỤC KHAI SINH", code + "/TLKS", "trich-luc-khai-sinh-" + code + ".pdf", ward,
                        registrar, header -> Templates.render(new BirthRegistrationExtract(header, code,
                                form.childName(), form.birthDate(), gender, form.birthplace(), "Kinh", "Việt Nam",
                                childId, new Parent(form.motherName(), form.motherIdNumber()),
                                form.fatherName().isEmpty() ? null : new Parent(form.fatherName(), form.fatherIdNumber()),
                                code.substring(code.length() - 4) + "/" + header.date().getYear(), registeredOn))),
                new ResultDocument("XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ", code + "/XNCT", "xac-nhan-cu-tru-" + code + ".pdf",
                        POLICE, police, header -> Templates.render(new ResidenceConfirmation(header, code,
                                form.childName(), form.birthDate(), gender, childId, form.householdAddress(),
                                form.householdHead(), form.relationToHead()))),
                new ResultDocument("THÔNG BÁO CẤP THẺ BẢO HIỂM Y TẾ", code + "/BHYT", "the-bhyt-" + code + ".pdf",
                        SOCIAL_INSURANCE, insurer, header -> Templates.render(new HealthInsuranceCardNotice(header,
                                code, form.childName(), form.birthDate(),
                                (String) execution.getVariable(ProcessVariables.INSURANCE_CARD_NUMBER),
                                "100% chi phí khám bệnh, chữa bệnh", "Trạm y tế " + agencies.apply(ward).name()
                                        .replace("Ủy ban nhân dân ", ""),
                                LocalDate.parse((String) execution.getVariable(ProcessVariables.INSURANCE_VALID_FROM)),
                                LocalDate.parse((String) execution.getVariable(ProcessVariables.INSURANCE_VALID_TO))))));
    }

    private static String signer(DelegateExecution execution, String taskKey) {
        return Objects.toString(execution.getVariable(ProcessVariables.decidedByName(taskKey)), "");
    }
}
