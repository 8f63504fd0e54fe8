package vn.motcua.documents.templates;

import java.time.LocalDate;
import java.util.Objects;

import vn.motcua.documents.IssuingAuthority;
import vn.motcua.documents.Signatory;

/**
 * What every document has around its body.
 *
 * @param issuer          the issuing authority; give its names in their usual case (e.g. "Ủy ban nhân dân phường Bến
 *                        Thành"): the header shows them in capitals, the body quotes them as given
 * @param number          the document number, shown as "Số: {number}"
 * @param place           the place of issue, e.g. "Thành phố Hồ Chí Minh"
 * @param date            the date of issue
 * @param signatory       who signs
 * @param verificationUrl the URL of the QR code, where the citizen checks the document or tracks the dossier
 */
public record DocumentHeader(IssuingAuthority issuer, String number, String place, LocalDate date,
        Signatory signatory, String verificationUrl) {

    public DocumentHeader {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }
}
