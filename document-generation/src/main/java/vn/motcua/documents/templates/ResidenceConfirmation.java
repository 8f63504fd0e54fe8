package vn.motcua.documents.templates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The confirmation of residence information (xác nhận thông tin về cư trú) of the linked procedure: the child's
 * permanent residence in the household.
 *
 * @param header           issuer, number, place, date, signatory and the verification URL
 * @param dossierCode      the dossier code
 * @param fullName         the person's full name
 * @param birthDate        the person's birth date
 * @param gender           the person's gender
 * @param identityNumber   the person's personal identity number
 * @param permanentAddress the permanent residence (nơi thường trú)
 * @param householdHead    the full name of the head of the household
 * @param relationToHead   the person's relation to the head, e.g. "Con"
 */
public record ResidenceConfirmation(DocumentHeader header, String dossierCode, String fullName, LocalDate birthDate,
        Gender gender, String identityNumber, String permanentAddress, String householdHead, String relationToHead)
        implements TemplateInput {

    public ResidenceConfirmation {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(identityNumber, "identityNumber");
        Objects.requireNonNull(permanentAddress, "permanentAddress");
        Objects.requireNonNull(householdHead, "householdHead");
        Objects.requireNonNull(relationToHead, "relationToHead");
    }
}
