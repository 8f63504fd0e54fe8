package vn.motcua.cases.lookup;

import java.time.Instant;

import vn.motcua.cases.dossier.DossierStatus;

/**
 * What anyone holding a dossier's code and the last four digits of its owner's identity number may see: nothing
 * about the person.
 *
 * @param code          the dossier's code
 * @param procedureName the procedure it was filed under
 * @param status        its national status
 * @param submittedAt   when it was submitted
 * @param receivedAt    when the one-stop desk accepted it, or {@code null}
 * @param dueAt         its due date, or {@code null} before acceptance
 * @param completedAt   when its result was ready, or {@code null}
 * @param agencyName    the agency holding it now
 */
public record DossierProgress(String code, String procedureName, DossierStatus status, Instant submittedAt,
        Instant receivedAt, Instant dueAt, Instant completedAt, String agencyName) {
}
