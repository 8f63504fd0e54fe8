package vn.motcua.lgsp;

import java.time.LocalDate;

/**
 * What social insurance needs to issue a health-insurance card to a child under six (thẻ BHYT trẻ em).
 *
 * @param childIdNumber    the child's identity number, just issued by the birth registration
 * @param fullName         the child's full name
 * @param birthDate        the child's date of birth
 * @param gender           the child's gender
 * @param guardianIdNumber identity number of the parent or guardian who applies
 * @param address          where the child lives, for the choice of the first-contact hospital
 */
public record HealthInsuranceCardApplication(String childIdNumber, String fullName, LocalDate birthDate, Gender gender,
        String guardianIdNumber, String address) {
}
