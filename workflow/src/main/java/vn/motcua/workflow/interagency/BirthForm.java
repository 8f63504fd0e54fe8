package vn.motcua.workflow.interagency;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.motcua.lgsp.Gender;

/**
 * The form of procedure HCM.LT.01 as the process reads it: the child, the parents and the household.
 *
 * @param householdHead           the household head's name (the member whose relation says "chủ hộ"), else the
 *                                applicant's
 * @param householdHeadIdNumber   the head's identity number, may be empty
 */
public record BirthForm(String childName, LocalDate birthDate, Gender gender, String birthplace, String motherName,
        String motherIdNumber, String fatherName, String fatherIdNumber, String applicantIdNumber,
        String householdAddress, String householdHead, String householdHeadIdNumber) {

    /** Reads the dossier's form data; the applicant is the fallback for the household head. */
    public static BirthForm of(Map<String, Object> data, String applicantName, String applicantIdNumber) {
        Map<?, ?> head = items(data.get("householdMembers")).stream()
                .filter(member -> text(member.get("relation")).toLowerCase(Locale.forLanguageTag("vi")).contains("chủ hộ"))
                .findFirst().orElse(Map.of());
        String headName = text(head.get("fullName"));
        return new BirthForm(text(data.get("childName")), LocalDate.parse(text(data.get("childBirthDate"))),
                "female".equals(text(data.get("childGender"))) ? Gender.FEMALE : Gender.MALE,
                address(data.get("childBirthPlace")), text(data.get("motherName")), text(data.get("motherIdNumber")),
                text(data.get("fatherName")), text(data.get("fatherIdNumber")), applicantIdNumber,
                text(data.get("householdAddress")), headName.isEmpty() ? applicantName : headName,
                headName.isEmpty() ? applicantIdNumber : text(head.get("idNumber")));
    }

    /** The father's identity number, or {@code null} when none was declared. */
    public String fatherIdNumberOrNull() {
        return fatherIdNumber.isEmpty() ? null : fatherIdNumber;
    }

    /** The child's relation to the household head: a child of either parent, else a grandchild. */
    public String relationToHead() {
        return householdHeadIdNumber.equals(motherIdNumber) || householdHeadIdNumber.equals(fatherIdNumber)
                ? "Con" : "Cháu";
    }

    private static String address(Object value) {
        if (!(value instanceof Map<?, ?> address)) {
            return text(value);
        }
        return Stream.of(address.get("street"), address.get("wardName"), address.get("provinceName"))
                .map(BirthForm::text).filter(part -> !part.isEmpty()).collect(Collectors.joining(", "));
    }

    private static List<Map<?, ?>> items(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(Map.class::cast).toList();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
