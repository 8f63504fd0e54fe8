package vn.motcua.cases.procedure;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a citizen asks for under procedure 2.000635 (a copy of a civil-status extract), kept in the
 * dossier's form data under the keys below. One place names the keys for the form that writes them and
 * the result that reads them.
 */
public record ExtractRequest(ExtractType type, String subjectName, LocalDate subjectBirthDate, String subjectGender,
        String subjectIdNumber, String registrationPlace, String registrationNumber, int copies, String purpose) {

    public static final String PROCEDURE_CODE = "2.000635";

    /** The civil-status record the copy is made from. */
    public enum ExtractType {
        BIRTH, MARRIAGE, DEATH
    }

    public Map<String, Object> toFormData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("extractType", type.name());
        data.put("subjectName", subjectName);
        data.put("subjectBirthDate", subjectBirthDate.toString());
        data.put("subjectGender", subjectGender);
        data.put("subjectIdNumber", nullToEmpty(subjectIdNumber));
        data.put("registrationPlace", registrationPlace);
        data.put("registrationNumber", nullToEmpty(registrationNumber));
        data.put("copies", copies);
        data.put("purpose", nullToEmpty(purpose));
        return data;
    }

    public static ExtractRequest fromFormData(Map<String, Object> data) {
        return new ExtractRequest(ExtractType.valueOf((String) data.get("extractType")), (String) data.get("subjectName"),
                LocalDate.parse((String) data.get("subjectBirthDate")), (String) data.get("subjectGender"),
                (String) data.get("subjectIdNumber"), (String) data.get("registrationPlace"),
                (String) data.get("registrationNumber"), ((Number) data.get("copies")).intValue(),
                (String) data.get("purpose"));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
