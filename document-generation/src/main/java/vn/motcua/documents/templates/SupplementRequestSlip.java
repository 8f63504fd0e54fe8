package vn.motcua.documents.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Slip 02, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ".
 *
 * @param header        issuer, number, place, date, signatory and the QR URL
 * @param dossierCode   the dossier code
 * @param applicant     who filed
 * @param procedureName the procedure
 * @param items         what is missing and why, at least one
 * @param deadline      the last day to supplement, or {@code null} if none is set
 * @param staff         whom to ask
 */
public record SupplementRequestSlip(DocumentHeader header, String dossierCode, Applicant applicant,
        String procedureName, List<SupplementItem> items, LocalDate deadline, StaffContact staff)
        implements TemplateInput {

    public SupplementRequestSlip {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a supplement request names at least one item");
        }
        Objects.requireNonNull(staff, "staff");
    }
}
