package vn.motcua.cases.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored entry of the personal-data access log.
 *
 * @param seq            position in the chain, from 1 without gaps
 * @param at             when the access was made
 * @param actor          the official, or {@code null} for the system
 * @param requestingUnit the agency that asked
 * @param subject        identity number or tax code the data is about
 * @param serviceCode    the service called
 * @param fields         the fields asked for or sent
 * @param purpose        why, usually the dossier code
 * @param outcome        how it ended
 * @param requestId      the gateway request id
 * @param previousHash   hash of the entry before (64 zeros for the first)
 * @param hash           SHA-256 (hex) over this entry's content and {@code previousHash}
 */
public record AccessLogEntry(long seq, Instant at, String actor, String requestingUnit, String subject,
        String serviceCode, List<String> fields, String purpose, AccessOutcome outcome, UUID requestId,
        String previousHash, String hash) {

    /** Copies the fields. */
    public AccessLogEntry {
        fields = List.copyOf(fields);
    }
}
