package vn.motcua.workflow.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.templates.BusinessLine;
import vn.motcua.documents.templates.BusinessMember;
import vn.motcua.documents.templates.BusinessOwner;
import vn.motcua.documents.templates.DocumentHeader;
import vn.motcua.documents.templates.HouseholdBusiness;
import vn.motcua.documents.templates.HouseholdBusinessCertificate;
import vn.motcua.documents.templates.Templates;

/**
 * The result of procedure HCM.HKD.01: maps the dossier's form (business name, address, capital, lines of business,
 * contributing members) to the household business registration certificate of document generation.
 */
final class BusinessCertificateTemplate {

    static final String PROCESS_KEY = "household-business-registration";

    private BusinessCertificateTemplate() {
    }

    /**
     * The registration number: the dossier code with {@code HKD} after the agency, e.g. {@code H29.12.05.HKD.2611260007}
     * for dossier {@code H29.12.05-261126-0007}. Dossier codes are never reused, so neither are these numbers, and a
     * retried job issues the same number again.
     */
    static String registrationNumber(Dossier dossier) {
        String code = dossier.code();
        String agency = dossier.receivingAgencyCode();
        return agency + ".HKD." + code.substring(agency.length() + 1).replace("-", "");
    }

    static OfficialDocument render(Dossier dossier, DocumentHeader header) {
        Map<String, Object> form = dossier.formData();
        LocalDate issuedOn = header.date();
        String ownerName = text(form.get("ownerName"));
        BusinessOwner owner = new BusinessOwner(ownerName.isEmpty() ? dossier.applicant().fullName() : ownerName,
                dossier.applicant().idNumber(), Objects.toString(dossier.applicant().address(), ""));
        List<BusinessLine> lines = items(form.get("businessLines")).stream()
                .map(item -> new BusinessLine(text(item.get("code")), text(item.get("description")))).toList();
        List<BusinessMember> members = items(form.get("members")).stream()
                .map(item -> new BusinessMember(text(item.get("name")), text(item.get("idNumber")),
                        (int) number(item.get("share"))))
                .toList();
        HouseholdBusiness business = new HouseholdBusiness(text(form.get("businessName")), registrationNumber(dossier),
                address(form.get("businessAddress")), lines, number(form.get("capital")));
        return Templates.render(new HouseholdBusinessCertificate(header, dossier.code(), business, owner, issuedOn,
                members));
    }

    private static String address(Object value) {
        if (!(value instanceof Map<?, ?> address)) {
            return text(value);
        }
        return Stream.of(address.get("street"), address.get("wardName"), address.get("provinceName"))
                .map(BusinessCertificateTemplate::text).filter(part -> !part.isEmpty()).collect(Collectors.joining(", "));
    }

    private static List<Map<?, ?>> items(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
    }

    /** Numbers are kept as numbers by the form engine; older or hand-made data may hold digits as text. */
    private static long number(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        String digits = text(value).replace(".", "");
        return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : 0;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
