package vn.motcua.documents.templates;

import java.time.Instant;
import java.util.Objects;

/**
 * Slip 04, "Phiếu xin lỗi và hẹn lại ngày trả kết quả": for a dossier that is overdue.
 *
 * @param header        issuer, number, place, date, signatory and the QR URL
 * @param dossierCode   the dossier code
 * @param applicant     who filed
 * @param procedureName the procedure
 * @param receivedAt    when the dossier was received
 * @param originalDueAt when the result was due
 * @param delayReason   why it is late
 * @param newDueAt      the new appointment
 */
public record ApologySlip(DocumentHeader header, String dossierCode, Applicant applicant, String procedureName,
        Instant receivedAt, Instant originalDueAt, String delayReason, Instant newDueAt) implements TemplateInput {

    public ApologySlip {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(originalDueAt, "originalDueAt");
        Objects.requireNonNull(delayReason, "delayReason");
        Objects.requireNonNull(newDueAt, "newDueAt");
        if (!newDueAt.isAfter(originalDueAt)) {
            throw new IllegalArgumentException("the new due date must come after the original one");
        }
    }
}
