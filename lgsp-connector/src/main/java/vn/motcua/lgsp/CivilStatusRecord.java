package vn.motcua.lgsp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An entry of the civil-status register (sổ hộ tịch): a birth, a marriage or a death, from which an extract (trích
 * lục) is issued.
 *
 * @param registerNumber the entry's number in the register, unique nationwide
 * @param type           what was registered
 * @param registeredBy   the registering authority, e.g. "UBND Phường Bến Thành"
 * @param registeredOn   the date of registration
 * @param eventDate      the date of the birth, marriage or death
 * @param eventPlace     where it happened
 * @param parties        the people the entry names (the child and the parents; the spouses; the deceased)
 */
public record CivilStatusRecord(String registerNumber, Type type, String registeredBy, LocalDate registeredOn,
        LocalDate eventDate, String eventPlace, List<Party> parties) {

    /** Copies the list of parties. */
    public CivilStatusRecord {
        parties = List.copyOf(parties);
    }

    /**
     * Finds the party with a role.
     *
     * @param role the role
     * @return the first party with that role, or empty
     */
    public Optional<Party> party(Role role) {
        return parties.stream().filter(party -> party.role() == role).findFirst();
    }

    /** What an entry registers. */
    public enum Type {
        /** Khai sinh. */
        BIRTH,
        /** Kết hôn. */
        MARRIAGE,
        /** Khai tử. */
        DEATH
    }

    /** The part a person plays in an entry. */
    public enum Role {
        /** The child of a birth entry. */
        CHILD,
        /** The father of a birth entry. */
        FATHER,
        /** The mother of a birth entry. */
        MOTHER,
        /** The husband of a marriage entry. */
        HUSBAND,
        /** The wife of a marriage entry. */
        WIFE,
        /** The person of a death entry. */
        DECEASED
    }

    /**
     * A person named in an entry.
     *
     * @param role      the part they play
     * @param idNumber  their identity number, {@code null} when the register does not hold one
     * @param fullName  their full name
     * @param birthDate their date of birth, {@code null} when the register does not hold one
     */
    public record Party(Role role, String idNumber, String fullName, LocalDate birthDate) {
    }
}
