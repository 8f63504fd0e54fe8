package vn.motcua.cases.form;

import java.util.Optional;

/**
 * Port to the national databases for the checks form fields name ({@link Field#check()}). The application implements
 * it over the LGSP; this module knows no gateway.
 */
public interface NationalChecks {

    /**
     * Checks one value.
     *
     * @param check          which check
     * @param path           the field's path in the form data, for the problem
     * @param value          the typed value, not blank
     * @param requestingUnit the agency that will receive the dossier
     * @param purpose        why the check is made (the procedure or dossier), sent with the call
     * @return the problem, or empty when the value passes or the database cannot answer now (a desk clerk checks it
     *         then; filing never waits for the gateway)
     */
    Optional<FormProblem> check(NationalCheck check, String path, String value, String requestingUnit, String purpose);
}
