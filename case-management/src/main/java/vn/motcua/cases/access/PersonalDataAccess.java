package vn.motcua.cases.access;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One access to personal data, as the caller reports it to {@link AccessLog#append(PersonalDataAccess)}.
 *
 * @param at             when the access was made (stored to the microsecond)
 * @param actor          user name of the official on whose behalf, or {@code null} when the system acted alone
 * @param requestingUnit code of the agency that asked
 * @param subject        whom the data is about: an identity number, or a tax code for a business
 * @param serviceCode    the service called, e.g. {@code population.profile}
 * @param fields         which fields were asked for or sent
 * @param purpose        why, usually the dossier code
 * @param outcome        how it ended
 * @param requestId      the request id sent to the gateway
 */
public record PersonalDataAccess(Instant at, String actor, String requestingUnit, String subject, String serviceCode,
        List<String> fields, String purpose, AccessOutcome outcome, UUID requestId) {

    /** Checks that everything but the actor is given, and copies the fields. */
    public PersonalDataAccess {
        Objects.requireNonNull(at, "at");
        requireText(requestingUnit, "requestingUnit");
        requireText(subject, "subject");
        requireText(serviceCode, "serviceCode");
        requireText(purpose, "purpose");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(requestId, "requestId");
        fields = List.copyOf(fields);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A personal-data access needs " + name);
        }
    }
}
