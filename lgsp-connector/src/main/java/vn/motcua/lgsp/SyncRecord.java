package vn.motcua.lgsp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A dossier's state as the national public-service portal receives it at every status change. Instants are sent as
 * {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh.
 *
 * @param recordId        unique id of this record, which makes delivery idempotent
 * @param dossierCode     the dossier code
 * @param procedureCode   the national procedure code, e.g. {@code 2.000635}
 * @param procedureName   the procedure's name
 * @param ownerIdNumber   identity number of the dossier's owner
 * @param ownerName       full name of the owner
 * @param applicantType   {@code CITIZEN} or {@code ORGANISATION}
 * @param receivedAt      when the dossier was received, or {@code null} before acceptance
 * @param dueAt           the due date, or {@code null} before acceptance
 * @param status          the national status code (1–10)
 * @param changedAt       when the status changed
 * @param channel         the national channel code (1 desk, 2 online, 3 post)
 * @param handlingUnit    code of the agency holding the dossier
 * @param supplements     how many times a supplement was requested
 * @param resultDocuments names of the result documents issued so far
 */
public record SyncRecord(UUID recordId, String dossierCode, String procedureCode, String procedureName,
        String ownerIdNumber, String ownerName, String applicantType, Instant receivedAt, Instant dueAt, int status,
        Instant changedAt, int channel, String handlingUnit, int supplements, List<String> resultDocuments) {

    /** Copies the list of result documents. */
    public SyncRecord {
        resultDocuments = List.copyOf(resultDocuments);
    }
}
