package vn.motcua.lgsp;

import java.util.List;

/**
 * A household (hộ gia đình) as the national population database records it, its head first among the members.
 *
 * @param householdId  the household's number in the residence register
 * @param address      the household's permanent address
 * @param headIdNumber identity number of the head of the household (chủ hộ)
 * @param members      every member, the head first
 */
public record Household(String householdId, String address, String headIdNumber, List<Member> members) {

    /** Copies the list of members. */
    public Household {
        members = List.copyOf(members);
    }

    /**
     * A member of the household.
     *
     * @param idNumber identity number
     * @param fullName full name
     * @param relation relation to the head as the register writes it, e.g. "Chủ hộ", "Vợ", "Con"
     */
    public record Member(String idNumber, String fullName, String relation) {
    }
}
