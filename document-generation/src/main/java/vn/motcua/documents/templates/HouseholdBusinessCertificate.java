package vn.motcua.documents.templates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of the household business registration: the registration certificate.
 *
 * @param header                issuer, number, place, date, signatory and the verification URL
 * @param dossierCode           the dossier code
 * @param businessName          the household business's name
 * @param registrationNumber    the registration number (mã số hộ kinh doanh)
 * @param address               the business address
 * @param businessLines         the lines of business, at least one
 * @param capitalVnd            the capital in đồng
 * @param owner                 the owner
 * @param firstRegistrationDate the issue date of the first registration (đăng ký lần đầu)
 * @param members               the household members who contribute capital beside the owner, possibly none
 */
public record HouseholdBusinessCertificate(DocumentHeader header, String dossierCode, String businessName,
        String registrationNumber, String address, List<BusinessLine> businessLines, long capitalVnd,
        BusinessOwner owner, LocalDate firstRegistrationDate, List<BusinessMember> members) implements TemplateInput {

    /** A certificate of a business the owner registers alone. */
    public HouseholdBusinessCertificate(DocumentHeader header, String dossierCode, String businessName,
            String registrationNumber, String address, List<BusinessLine> businessLines, long capitalVnd,
            BusinessOwner owner, LocalDate firstRegistrationDate) {
        this(header, dossierCode, businessName, registrationNumber, address, businessLines, capitalVnd, owner,
                firstRegistrationDate, List.of());
    }

    public HouseholdBusinessCertificate {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(businessName, "businessName");
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(address, "address");
        businessLines = List.copyOf(businessLines);
        if (businessLines.isEmpty()) {
            throw new IllegalArgumentException("a household business has at least one line of business");
        }
        if (capitalVnd < 0) {
            throw new IllegalArgumentException("negative capital: " + capitalVnd);
        }
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(firstRegistrationDate, "firstRegistrationDate");
        members = members == null ? List.of() : List.copyOf(members);
    }
}
