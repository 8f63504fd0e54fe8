package vn.motcua.documents.templates;

import java.util.List;
import java.util.Objects;

/**
 * Slip 03, "Phiếu từ chối tiếp nhận giải quyết hồ sơ".
 *
 * @param header        issuer, number, place, date, signatory and the QR URL
 * @param dossierCode   the dossier code
 * @param applicant     who filed
 * @param procedureName the procedure
 * @param reasons       why the dossier is refused, at least one
 */
public record RefusalSlip(DocumentHeader header, String dossierCode, Applicant applicant, String procedureName,
        List<String> reasons) implements TemplateInput {

    public RefusalSlip {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal gives at least one reason");
        }
    }
}
