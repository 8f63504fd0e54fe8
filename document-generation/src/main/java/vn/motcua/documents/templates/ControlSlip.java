package vn.motcua.documents.templates;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Slip 06, "Phiếu kiểm soát quá trình giải quyết hồ sơ": every handover, on time or late.
 *
 * @param header        issuer, number, place, date, signatory and the QR URL
 * @param dossierCode   the dossier code
 * @param applicant     who filed
 * @param procedureName the procedure
 * @param receivedAt    when the dossier was received
 * @param dueAt         when the result is due
 * @param handovers     the handovers in order
 */
public record ControlSlip(DocumentHeader header, String dossierCode, Applicant applicant, String procedureName,
        Instant receivedAt, Instant dueAt, List<Handover> handovers) implements TemplateInput {

    public ControlSlip {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        handovers = List.copyOf(handovers);
    }
}
