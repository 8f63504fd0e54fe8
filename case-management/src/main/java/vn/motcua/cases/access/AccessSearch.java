package vn.motcua.cases.access;

import java.time.Instant;

/**
 * Filters of the administrators' search in the access log; a {@code null} filter matches everything.
 *
 * @param subject        identity number or tax code, exact
 * @param requestingUnit agency code, exact
 * @param actor          official's user name, exact
 * @param purpose        purpose (dossier code), exact
 * @param serviceCode    service code, exact
 * @param outcome        outcome
 * @param from           accesses at or after this instant
 * @param to             accesses before this instant
 */
public record AccessSearch(String subject, String requestingUnit, String actor, String purpose, String serviceCode,
        AccessOutcome outcome, Instant from, Instant to) {

    /** Matches every entry. */
    public static AccessSearch all() {
        return new AccessSearch(null, null, null, null, null, null, null, null);
    }
}
