package vn.motcua.workflow.prefill;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Confirms the identity a walk-in applicant gives at the desk against the population database (through the LGSP, as
 * the online prefill does): the person with that number must exist with that name and birth date.
 */
@Component
public class WalkInIdentities {

    /** What the population database says about the identity given. */
    public enum Outcome {
        /** The person exists with that name and birth date. */
        CONFIRMED,
        /** The database knows no person with that number. */
        NOT_FOUND,
        /** The database cannot answer now. */
        UNAVAILABLE,
        /** The person exists with another name or birth date. */
        MISMATCH
    }

    /**
     * The answer about a walk-in applicant.
     *
     * @param outcome   what the database says
     * @param fullName  the name as the database holds it, when confirmed
     * @param birthDate the birth date as the database holds it, when confirmed
     */
    public record Confirmation(Outcome outcome, String fullName, LocalDate birthDate) {
    }

    private final ApplicantPrefill prefill;

    WalkInIdentities(ApplicantPrefill prefill) {
        this.prefill = prefill;
    }

    /**
     * Asks the population database about the identity given, on behalf of the clerk, whom the personal-data access
     * log names.
     *
     * @param given      the number, name and birth date the clerk typed (all present)
     * @param agencyCode the clerk's agency
     * @param clerk      the clerk's user name
     * @param purpose    the purpose the access log records
     */
    public Confirmation confirm(ClaimedIdentity given, String agencyCode, String clerk, String purpose) {
        ApplicantPrefill.Prefilled found = prefill.load(given, agencyCode, clerk, purpose);
        if (!found.fromPopulation()) {
            return new Confirmation(found.notFound() ? Outcome.NOT_FOUND : Outcome.UNAVAILABLE, null, null);
        }
        if (!sameName(found.fullName(), given.fullName()) || !given.birthDate().equals(found.birthDate())) {
            return new Confirmation(Outcome.MISMATCH, null, null);
        }
        return new Confirmation(Outcome.CONFIRMED, found.fullName(), found.birthDate());
    }

    private static boolean sameName(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.forLanguageTag("vi"));
    }
}
