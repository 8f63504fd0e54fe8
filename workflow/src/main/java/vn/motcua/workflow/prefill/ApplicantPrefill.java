package vn.motcua.workflow.prefill;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.ApplicantCheck;
import vn.motcua.cases.draft.VerifiedValue;
import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.lgsp.CitizenProfile;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.PopulationRegistry;

/**
 * The applicant's identity, fetched from the population database through the LGSP. When the gateway cannot answer,
 * the identity the e-ID provider vouched for is used and the page says so. The pages and REST API v1 prefill and
 * submit drafts with it the same way.
 */
@Component
public class ApplicantPrefill {

    /** Who the applicant is and where that came from: {@code population} or {@code eid}. */
    public record Prefilled(String idNumber, String fullName, LocalDate birthDate, String gender, String address,
            String source, Instant fetchedAt, String problem, String cause) {

        public Applicant toApplicant(String phone, String email) {
            return new Applicant(idNumber, fullName, birthDate, gender, address, phone, email);
        }

        /** Data from the population database is checked; otherwise the database either knows no such person or is
         * to be asked again after filing. */
        public ApplicantCheck check() {
            if (fromPopulation()) {
                return ApplicantCheck.FROM_POPULATION;
            }
            return NOT_FOUND.equals(problem) ? ApplicantCheck.NOT_FOUND : ApplicantCheck.PENDING;
        }

        /** Whether the population database answered with the person. */
        public boolean fromPopulation() {
            return POPULATION.equals(source);
        }

        /** Whether the population database answered that it knows no such person. */
        public boolean notFound() {
            return NOT_FOUND.equals(problem);
        }
    }

    private static final String POPULATION = "population";
    private static final String NOT_FOUND = "prefill.notFound";

    private final PopulationRegistry population;
    private final Clock clock;

    ApplicantPrefill(PopulationRegistry population, Clock clock) {
        this.population = population;
        this.clock = clock;
    }

    /**
     * The verified values of a form's prefilled fields: the applicant's profile (or the e-ID's claims when the
     * population database cannot answer) and, for a household-members group, the household. A value that cannot be
     * had is left out, so that its field stays editable.
     */
    public Map<String, VerifiedValue> verifiedValues(ClaimedIdentity user, String agencyCode, String purpose, FormDefinition form) {
        return verifiedValues(user, agencyCode, null, purpose, form);
    }

    /**
     * The verified values of a form's prefilled fields, fetched on behalf of an official (a clerk entering a walk-in
     * dossier), whom the personal-data access log names.
     */
    public Map<String, VerifiedValue> verifiedValues(ClaimedIdentity user, String agencyCode, String official, String purpose,
            FormDefinition form) {
        List<Field> prefilled = form.fields().filter(Field::verified).toList();
        if (prefilled.isEmpty()) {
            return Map.of();
        }
        Prefilled applicant = load(user, agencyCode, official, purpose);
        Map<String, VerifiedValue> values = new LinkedHashMap<>();
        for (Field field : prefilled) {
            Object value = switch (field.prefill()) {
                case FULL_NAME -> applicant.fullName();
                case BIRTH_DATE -> applicant.birthDate() == null ? null : applicant.birthDate().toString();
                case GENDER -> applicant.gender();
                case PERMANENT_ADDRESS -> applicant.address();
                case HOUSEHOLD_MEMBERS -> POPULATION.equals(applicant.source())
                        ? household(user, agencyCode, official, purpose) : null;
            };
            if (value != null) {
                values.put(field.key(), new VerifiedValue(value, applicant.source(), applicant.fetchedAt(), applicant.problem()));
            }
        }
        return values;
    }

    private List<Map<String, String>> household(ClaimedIdentity user, String agencyCode, String official, String purpose) {
        try {
            return population.findHousehold(user.subject(), new LgspContext(agencyCode, official, purpose))
                    .map(household -> household.members().stream()
                            .map(m -> Map.of("fullName", m.fullName(), "idNumber", m.idNumber(), "relation", m.relation()))
                            .toList())
                    .orElse(null);
        } catch (LgspException e) {
            return null;
        }
    }

    /** The applicant's identity for the purpose given, from the population database or else from the e-ID. */
    public Prefilled load(ClaimedIdentity user, String agencyCode, String purpose) {
        return load(user, agencyCode, null, purpose);
    }

    /** The applicant's identity, fetched on behalf of an official (or {@code null} for the citizen's own request). */
    public Prefilled load(ClaimedIdentity user, String agencyCode, String official, String purpose) {
        Instant now = clock.instant();
        try {
            return population.findCitizen(user.subject(), new LgspContext(agencyCode, official, purpose))
                    .map(profile -> fromPopulation(profile, now))
                    .orElseGet(() -> fromEid(user, now, NOT_FOUND, null));
        } catch (LgspException e) {
            return fromEid(user, now, "prefill.unavailable", e.messageKey());
        }
    }

    private static Prefilled fromPopulation(CitizenProfile profile, Instant now) {
        return new Prefilled(profile.idNumber(), profile.fullName(), profile.birthDate(),
                profile.gender().name().toLowerCase(java.util.Locale.ROOT), profile.permanentAddress(), POPULATION, now, null, null);
    }

    private static Prefilled fromEid(ClaimedIdentity user, Instant now, String problem, String cause) {
        return new Prefilled(user.subject(), user.fullName(), user.birthDate(), user.gender(), null, "eid", now, problem,
                cause);
    }
}
