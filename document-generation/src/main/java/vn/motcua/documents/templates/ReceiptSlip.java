package vn.motcua.documents.templates;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Slip 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả": given when a dossier is accepted.
 *
 * @param header        issuer, number, place, date, signatory (the receiving clerk) and the tracking URL of the QR
 * @param dossierCode   the dossier code, e.g. "H29.12.05-261126-0007"
 * @param applicant     who filed, with contact
 * @param procedureName the procedure, e.g. "Cấp bản sao trích lục hộ tịch"
 * @param documents     the documents received, at least one
 * @param receivedAt    when the dossier was received
 * @param dueAt         when the result is due (ngày hẹn trả)
 * @param channel       how the dossier came in, e.g. "Trực tuyến"
 * @param clerkName     the receiving clerk
 */
public record ReceiptSlip(DocumentHeader header, String dossierCode, Applicant applicant, String procedureName,
        List<ReceivedDocument> documents, Instant receivedAt, Instant dueAt, String channel, String clerkName)
        implements TemplateInput {

    public ReceiptSlip {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a receipt lists at least one document");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(clerkName, "clerkName");
    }
}
