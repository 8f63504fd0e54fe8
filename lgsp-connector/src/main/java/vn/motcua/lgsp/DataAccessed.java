package vn.motcua.lgsp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published (as a Spring application event, synchronously, in the caller's thread) after every call of the gateway
 * that reads or sends personal data, whether it succeeded or not, and after every answer the connector's cache gives
 * instead of such a call, so that the portal can keep the personal-data access log.
 *
 * @param requestId      the request id sent to the gateway
 * @param service        the service code sent as {@code X-Service-Code}, e.g. {@code POPULATION_PROFILE}
 * @param requestingUnit the agency that asked
 * @param official       the official on whose behalf, or {@code null}
 * @param purpose        the purpose, usually the dossier code
 * @param subject        whom the data is about: an identity number, or a tax code for a business
 * @param fields         which fields were asked for or sent
 * @param at             when the call was made
 * @param outcome        how it ended
 */
public record DataAccessed(UUID requestId, String service, String requestingUnit, String official, String purpose,
        String subject, List<String> fields, Instant at, Outcome outcome) {

    /** How a call ended. */
    public enum Outcome {
        /** Data was returned or accepted. */
        OK,
        /** The database holds no such subject. */
        NOT_FOUND,
        /** The call failed; see the application log for the error. */
        FAILED,
        /**
         * The answer came from the connector's short-lived cache: no call of the gateway, but the data was read again
         * (the request id is then the portal's own, never sent).
         */
        CACHED
    }

    /** Copies the list of fields. */
    public DataAccessed {
        fields = List.copyOf(fields);
    }
}
