package vn.motcua.documents.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The notice of a health-insurance card (thông báo cấp thẻ bảo hiểm y tế) issued to a child under six by the linked
 * procedure.
 *
 * @param header                 issuer, number, place, date, signatory and the verification URL
 * @param dossierCode            the dossier code
 * @param childName              the child's full name
 * @param birthDate              the child's birth date
 * @param cardNumber             the card number (mã số bảo hiểm y tế)
 * @param benefitLevel           the benefit level (mức hưởng), e.g. "100% chi phí khám bệnh, chữa bệnh"
 * @param firstRegistrationPlace where the child is registered for primary care
 * @param validFrom              the first day of validity
 * @param validTo                the last day of validity
 */
public record HealthInsuranceCardNotice(DocumentHeader header, String dossierCode, String childName,
        LocalDate birthDate, String cardNumber, String benefitLevel, String firstRegistrationPlace, LocalDate validFrom,
        LocalDate validTo) implements TemplateInput {

    public HealthInsuranceCardNotice {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(childName, "childName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(benefitLevel, "benefitLevel");
        Objects.requireNonNull(firstRegistrationPlace, "firstRegistrationPlace");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("the card expires before it is valid");
        }
    }
}
