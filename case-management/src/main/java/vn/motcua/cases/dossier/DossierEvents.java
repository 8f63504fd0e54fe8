package vn.motcua.cases.dossier;

import java.time.Instant;
import java.util.UUID;

/** Domain events a dossier publishes when it changes; other modules react to them. */
public final class DossierEvents {

    private DossierEvents() {
    }

    /** A dossier was filed; its process must start in the same transaction. */
    public record Submitted(UUID dossierId, String code, String processKey, String agencyCode) {
    }

    /** Any change of national status. */
    public record StatusChanged(UUID dossierId, String code, DossierStatus status, Instant at) {
    }

    /** The desk asked the applicant for a supplement; the legal clock is paused. */
    public record SupplementRequested(UUID dossierId, String code, Instant at) {
    }

    /** The applicant withdrew the dossier; its process must end in the same transaction. */
    public record Withdrawn(UUID dossierId, String code, String reason, Instant at) {
    }

    /** The process asks for the procedure's fee (status 6); the legal clock is paused until it is paid. */
    public record PaymentRequested(UUID dossierId, String code, long amountVnd, Instant at) {
    }

    /**
     * The fee was received, at the desk or online; the process's payment step must complete in the same transaction.
     */
    public record FeePaid(UUID dossierId, String code, String receiptNumber, FeeChannel via, String recordedBy, Instant at) {
    }

    /** The legal clock ran again after a pause (statuses 5, 6): open steps move by the paused working time. */
    public record ClockResumed(UUID dossierId, String code, Instant pausedAt, Instant resumedAt) {
    }

    /** The dossier's due date passed while the clock ran; the agency apologises with a new date (slip 04). */
    public record Overdue(UUID dossierId, String code, String agencyCode, Instant dueAt, Instant newDueAt, Instant at) {
    }

    /** The desk refused the dossier at intake (status 3); its process must end in the same transaction. */
    public record Refused(UUID dossierId, String code, String reason, Instant at) {
    }

    /** The leader stopped processing (status 8); the dossier's process must end in the same transaction. */
    public record Stopped(UUID dossierId, String code, String reason, Instant at) {
    }
}
