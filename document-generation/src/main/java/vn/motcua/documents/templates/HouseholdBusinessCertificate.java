package vn.motcua.documents.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of the household business registration: the registration certificate.
 *
 * @param header                issuer, number, place, date, signatory and the verification URL
 * @param dossierCode           the dossier code
 * @param business              the business: name, registration number, address, lines of business and capital
 * @param owner                 the owner
 * @param firstRegistrationDate the issue date of the first registration (đăng ký lần đầu)
 * @param members               the household members who contribute capital beside the owner, possibly none
 */
public record HouseholdBusinessCertificate(DocumentHeader header, String dossierCode, HouseholdBusiness business,
        BusinessOwner owner, LocalDate firstRegistrationDate, List<BusinessMember> members) implements TemplateInput {

    /** A certificate of a business the owner registers alone. */
    public HouseholdBusinessCertificate(DocumentHeader header, String dossierCode, HouseholdBusiness business,
            BusinessOwner owner, LocalDate firstRegistrationDate) {
        this(header, dossierCode, business, owner, firstRegistrationDate, List.of());
    }

    public HouseholdBusinessCertificate {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(business, "business");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(firstRegistrationDate, "firstRegistrationDate");
        members = members == null ? List.of() : List.copyOf(members);
    }
}
