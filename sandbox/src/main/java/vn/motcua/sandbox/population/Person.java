package vn.motcua.sandbox.population;

import java.time.LocalDate;

/** A person of the population database. Parents' numbers are {@code null} when the database does not know them. */
public record Person(String idNumber, String fullName, LocalDate birthDate, Sex sex, String ethnicity,
        String nationality, String permanentAddress, String currentAddress, String householdId, String fatherIdNumber,
        String motherIdNumber) {
}
