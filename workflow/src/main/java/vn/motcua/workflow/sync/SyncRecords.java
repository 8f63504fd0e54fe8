package vn.motcua.workflow.sync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.StatusChange;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.lgsp.SyncRecord;

/**
 * Builds the national portal's sync record for one status change: status and time from the event, the rest from the
 * dossier as it is when the record is sent (received and due dates only if the dossier was accepted by then).
 */
@Component
class SyncRecords {

    /** The domain knows citizens only so far: every owner is identified by a 12-digit identity number. */
    static final String CITIZEN = "CITIZEN";

    private final IssuedDocuments issued;

    SyncRecords(IssuedDocuments issued) {
        this.issued = issued;
    }

    /** The same status change always gets the same record id, so a retry sends the same record. */
    static UUID recordId(DossierEvents.StatusChanged change) {
        String name = "motcua:dossier-status:" + change.dossierId() + ":" + change.status().code() + ":" + change.at();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    SyncRecord of(DossierEvents.StatusChanged change, Dossier dossier) {
        List<String> results = issued.ofDossier(dossier.id()).stream()
                .filter(document -> document.kind() == FileKind.RESULT && !document.isRevoked())
                .map(IssuedDocument::title)
                .toList();
        int supplements = (int) dossier.history().stream()
                .filter(entry -> entry.status() == DossierStatus.SUPPLEMENT_REQUESTED)
                .count();
        boolean accepted = dossier.acceptedAt() != null
                && (dossier.acceptedAt().isBefore(change.at()) || sameMoment(dossier.acceptedAt(), change.at()));
        return new SyncRecord(recordId(change), dossier.code(), dossier.procedureVersion().procedure().code(),
                dossier.procedureVersion().procedure().name(), dossier.applicant().idNumber(),
                dossier.applicant().fullName(), CITIZEN, accepted ? dossier.acceptedAt() : null,
                accepted ? dossier.dueAt() : null, change.status().code(),
                change.at(), dossier.channel().code(), handlingUnit(change, dossier), supplements, results);
    }

    /** The agency that held the dossier at that change, from its history; the current one if the entry is not found. */
    private static String handlingUnit(DossierEvents.StatusChanged change, Dossier dossier) {
        return dossier.history().stream()
                .filter(entry -> entry.status() == change.status() && sameMoment(entry.occurredAt(), change.at()))
                .map(StatusChange::agencyCode)
                .filter(code -> code != null)
                .findFirst()
                .orElse(dossier.handlerAgencyCode());
    }

    /** The database keeps microseconds (rounded), the event the clock's full precision. */
    private static boolean sameMoment(Instant stored, Instant event) {
        return Math.abs(ChronoUnit.NANOS.between(stored, event)) < 1_000;
    }
}
