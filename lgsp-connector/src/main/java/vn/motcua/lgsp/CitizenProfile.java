package vn.motcua.lgsp;

import java.time.LocalDate;

/**
 * A person as the national population database knows them.
 *
 * @param idNumber         12-digit personal identity number (số định danh cá nhân)
 * @param fullName         full name with diacritics
 * @param birthDate        date of birth
 * @param gender           gender
 * @param ethnicity        ethnic group, e.g. "Kinh"
 * @param nationality      nationality, e.g. "Việt Nam"
 * @param permanentAddress permanent residence (thường trú)
 * @param currentAddress   current residence (nơi ở hiện tại)
 * @param householdId      the household the person belongs to
 * @param fatherIdNumber   the father's identity number, {@code null} when unknown
 * @param motherIdNumber   the mother's identity number, {@code null} when unknown
 */
public record CitizenProfile(String idNumber, String fullName, LocalDate birthDate, Gender gender, String ethnicity,
        String nationality, String permanentAddress, String currentAddress, String householdId, String fatherIdNumber,
        String motherIdNumber) {
}
