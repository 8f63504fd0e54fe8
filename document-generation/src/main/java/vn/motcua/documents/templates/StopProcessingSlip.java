package vn.motcua.documents.templates;

import java.util.Objects;

/**
 * Slip 05, "Thông báo dừng xử lý hồ sơ".
 *
 * @param header        issuer, number, place, date, signatory and the QR URL
 * @param dossierCode   the dossier code
 * @param applicant     who filed
 * @param procedureName the procedure
 * @param reason        why processing stops
 * @param legalBasis    the legal basis, or {@code null} if none is cited
 */
public record StopProcessingSlip(DocumentHeader header, String dossierCode, Applicant applicant,
        String procedureName, String reason, String legalBasis) implements TemplateInput {

    public StopProcessingSlip {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(reason, "reason");
    }
}
