package vn.motcua.documents.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The result of procedure 2.000635: a copy of a civil-status extract.
 *
 * @param header             issuer, number, place, date, signatory and the verification URL
 * @param dossierCode        the dossier code
 * @param extractType        which record the copy is made from
 * @param registeredName     the registered person's full name
 * @param birthDate          the registered person's birth date
 * @param gender             the registered person's gender
 * @param identityNumber     the registered person's personal identity number, may be {@code null}
 * @param registrationPlace  where the event was registered, e.g. "Ủy ban nhân dân phường Bến Thành"
 * @param registrationNumber the registration number in the register, may be {@code null}
 * @param applicantName      who asked for the copy
 * @param copies             how many copies are issued, at least 1
 * @param receivedOn         the day the dossier was received
 */
public record CivilStatusExtractCopy(DocumentHeader header, String dossierCode, ExtractType extractType,
        String registeredName, LocalDate birthDate, Gender gender, String identityNumber, String registrationPlace,
        String registrationNumber, String applicantName, int copies, LocalDate receivedOn) implements TemplateInput {

    /** The civil-status record the copy is made from. */
    public enum ExtractType {
        BIRTH("Trích lục khai sinh"),
        MARRIAGE("Trích lục kết hôn"),
        DEATH("Trích lục khai tử");

        private final String label;

        ExtractType(String label) {
            this.label = label;
        }

        /** @return e.g. "Trích lục khai sinh" */
        public String label() {
            return label;
        }
    }

    public CivilStatusExtractCopy {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(extractType, "extractType");
        Objects.requireNonNull(registeredName, "registeredName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(registrationPlace, "registrationPlace");
        Objects.requireNonNull(applicantName, "applicantName");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (copies < 1) {
            throw new IllegalArgumentException("at least one copy: " + copies);
        }
    }
}
