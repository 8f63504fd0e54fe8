package vn.motcua.lgsp;

import java.time.LocalDate;

/**
 * A birth registered by the ward's justice officer, sent to the population database so that it issues the child's
 * personal identity number.
 *
 * @param registrationKey  identifies this registration, usually the dossier code: asking again with the same key
 *                         returns the number issued before, so the call may be retried
 * @param fullName         the child's full name
 * @param birthDate        the child's date of birth
 * @param gender           the child's gender
 * @param motherIdNumber   the mother's identity number
 * @param fatherIdNumber   the father's identity number, or {@code null}
 * @param registeringUnit  code of the agency that registered the birth
 */
public record BirthRegistration(String registrationKey, String fullName, LocalDate birthDate, Gender gender,
        String motherIdNumber, String fatherIdNumber, String registeringUnit) {
}
