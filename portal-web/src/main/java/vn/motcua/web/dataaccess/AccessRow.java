package vn.motcua.web.dataaccess;

import java.time.Instant;
import java.util.List;

import vn.motcua.cases.access.AccessLogEntry;
import vn.motcua.cases.access.AccessOutcome;

/**
 * One entry of the access log as a page shows it.
 *
 * @param agencyName     the requesting agency's name, or {@code null} when the code is not in the agency list
 * @param purposeKey     message key for a purpose the portal itself sets (prefilling or filing a procedure's form),
 *                       or {@code null} when the purpose is a dossier code shown as it is
 * @param purposeDetail  the procedure code of such a purpose, otherwise the purpose as recorded
 */
record AccessRow(long seq, Instant at, String actor, String requestingUnit, String agencyName, String subject,
        String serviceCode, List<String> fields, String purposeKey, String purposeDetail, AccessOutcome outcome) {

    /**
     * Purposes the portal sends before a dossier exists: {@code prefill:<procedure>}, {@code file:<procedure>} and
     * {@code walk-in:<procedure>} (a clerk verifies a walk-in applicant at the desk).
     */
    private static final List<String> PORTAL_PURPOSES = List.of("prefill", "file", "walk-in");

    static AccessRow of(AccessLogEntry entry, String agencyName) {
        String purposeKey = null;
        String detail = entry.purpose();
        int colon = entry.purpose().indexOf(':');
        if (colon > 0 && PORTAL_PURPOSES.contains(entry.purpose().substring(0, colon))) {
            purposeKey = "access.purpose." + entry.purpose().substring(0, colon);
            detail = entry.purpose().substring(colon + 1);
        }
        return new AccessRow(entry.seq(), entry.at(), entry.actor(), entry.requestingUnit(), agencyName,
                entry.subject(), entry.serviceCode(), entry.fields(), purposeKey, detail, entry.outcome());
    }
}
