package vn.motcua.documents.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The birth registration extract (trích lục khai sinh) of the linked procedure for a child under six.
 *
 * @param header                 issuer, number, place, date, signatory and the verification URL
 * @param dossierCode            the dossier code
 * @param childName              the child's full name
 * @param birthDate              the child's birth date
 * @param gender                 the child's gender
 * @param birthplace             where the child was born, e.g. "Bệnh viện Từ Dũ, Thành phố Hồ Chí Minh"
 * @param ethnicity              e.g. "Kinh"
 * @param nationality            e.g. "Việt Nam"
 * @param personalIdentityNumber the personal identity number issued to the child
 * @param mother                 the mother
 * @param father                 the father, or {@code null} when not registered
 * @param registrationNumber     the number in the birth register, e.g. "125/2026"
 * @param registrationDate       the day of registration
 */
public record BirthRegistrationExtract(DocumentHeader header, String dossierCode, String childName,
        LocalDate birthDate, Gender gender, String birthplace, String ethnicity, String nationality,
        String personalIdentityNumber, Parent mother, Parent father, String registrationNumber,
        LocalDate registrationDate) implements TemplateInput {

    public BirthRegistrationExtract {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(childName, "childName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthplace, "birthplace");
        Objects.requireNonNull(ethnicity, "ethnicity");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(personalIdentityNumber, "personalIdentityNumber");
        Objects.requireNonNull(mother, "mother");
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(registrationDate, "registrationDate");
    }
}
