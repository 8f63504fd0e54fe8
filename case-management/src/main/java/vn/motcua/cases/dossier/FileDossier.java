package vn.motcua.cases.dossier;

import java.util.Map;

/**
 * Command: file a dossier under the current version of a procedure.
 *
 * @param procedureCode  the national procedure code
 * @param applicant      who files
 * @param channel        how the dossier arrived
 * @param formData       the procedure's form, as plain values
 * @param applicantCheck how the applicant's identity was checked when filing
 */
public record FileDossier(String procedureCode, Applicant applicant, Channel channel, Map<String, Object> formData,
        ApplicantCheck applicantCheck) {

    /** A dossier whose applicant came from the population database. */
    public FileDossier(String procedureCode, Applicant applicant, Channel channel, Map<String, Object> formData) {
        this(procedureCode, applicant, channel, formData, ApplicantCheck.FROM_POPULATION);
    }
}
