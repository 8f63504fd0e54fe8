package vn.motcua.web.citizen;

/**
 * The filing form of procedure 2.000635 as the browser sends it: every field a string, so that whatever
 * is typed comes back to the form with a message instead of a conversion error.
 */
public record ExtractForm(String extractType, String subjectName, String subjectBirthDate, String subjectGender,
        String subjectIdNumber, String registrationPlace, String registrationNumber, String copies, String purpose,
        String phone, String email) {

    static ExtractForm empty() {
        return new ExtractForm("BIRTH", "", "", "", "", "", "", "1", "", "", "");
    }
}
