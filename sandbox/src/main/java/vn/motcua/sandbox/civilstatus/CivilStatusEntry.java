package vn.motcua.sandbox.civilstatus;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry of the civil-status register: a birth ({@code KS-…}) or a marriage ({@code KH-…}).
 *
 * @param registerNumber {@code {KS|KH}-{year of registration}-{6-digit sequence}}
 */
record CivilStatusEntry(String registerNumber, Type type, String registeredBy, LocalDate registeredOn,
        LocalDate eventDate, String eventPlace, List<Party> parties) {

    enum Type {
        BIRTH("KS"), MARRIAGE("KH");

        private final String prefix;

        Type(String prefix) {
            this.prefix = prefix;
        }

        String prefix() {
            return prefix;
        }
    }

    enum Role { CHILD, FATHER, MOTHER, HUSBAND, WIFE }

    record Party(Role role, String idNumber, String fullName, LocalDate birthDate) {
    }

    boolean names(String idNumber) {
        return parties.stream().anyMatch(party -> idNumber.equals(party.idNumber()));
    }
}
