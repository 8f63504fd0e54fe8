package vn.motcua.documents.templates;

import java.time.Instant;
import java.util.Objects;

/**
 * The electronic receipt of a fee (biên lai thu phí, lệ phí điện tử) paid online through the payment platform.
 *
 * @param header        issuer (the collecting agency), number, place, date, signatory and the URL of the QR code
 * @param dossierCode   the dossier the fee is for
 * @param payer         who paid (the applicant)
 * @param procedureName the procedure
 * @param levy          whether it is a lệ phí (state levy) rather than a phí (service fee)
 * @param amountVnd     the amount, in đồng, above zero
 * @param orderId       the portal's order id at the platform
 * @param transactionId the platform's transaction number
 * @param paidAt        when the platform took the money
 */
public record FeeReceipt(DocumentHeader header, String dossierCode, Applicant payer, String procedureName,
        boolean levy, long amountVnd, String orderId, String transactionId, Instant paidAt) implements TemplateInput {

    public FeeReceipt {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(procedureName, "procedureName");
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a receipt is for a positive amount");
        }
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(paidAt, "paidAt");
    }
}
