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
 * @param purposeDetail  the procedure or dossier code of such a purpose, otherwise the purpose as recorded
 * @param purposeStep    the processing step of a staff read ({@code read:<dossier code>:<step>}), or {@code null}
 */
record AccessRow(long seq, Instant at, String actor, String requestingUnit, String agencyName, String subject,
        String serviceCode, List<String> fields, String purposeKey, String purposeDetail, String purposeStep,
        AccessOutcome outcome) {

    /**
     * Purposes the portal sends before a dossier exists: {@code prefill:<procedure>}, {@code file:<procedure>} and
     * {@code walk-in:<procedure>} (a clerk verifies a walk-in applicant at the desk).
     */
    private static final List<String> PORTAL_PURPOSES = List.of("prefill", "file", "walk-in");

    /** A staff member read the dossier in the portal: {@code read:<dossier code>[:<step>]} (workflow StaffReads). */
    private static final String STAFF_READ = "read";

    static AccessRow of(AccessLogEntry entry, String agencyName) {
        String purposeKey = null;
        String detail = entry.purpose();
        String step = null;
        int colon = entry.purpose().indexOf(':');
        String prefix = colon > 0 ? entry.purpose().substring(0, colon) : "";
        if (PORTAL_PURPOSES.contains(prefix)) {
            purposeKey = "access.purpose." + prefix;
            detail = entry.purpose().substring(colon + 1);
        } else if (STAFF_READ.equals(prefix)) {
            String read = entry.purpose().substring(colon + 1);
            int stepColon = read.indexOf(':');
            detail = stepColon < 0 ? read : read.substring(0, stepColon);
            step = stepColon < 0 ? null : read.substring(stepColon + 1);
            purposeKey = step == null ? "access.purpose.read.noStep" : "access.purpose.read";
        }
        return new AccessRow(entry.seq(), entry.at(), entry.actor(), entry.requestingUnit(), agencyName,
                entry.subject(), entry.serviceCode(), entry.fields(), purposeKey, detail, step, entry.outcome());
    }
}
