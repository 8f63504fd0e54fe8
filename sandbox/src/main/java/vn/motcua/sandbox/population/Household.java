package vn.motcua.sandbox.population;

import java.util.List;

/** A household (hộ gia đình) and its members, the head first. */
public record Household(String householdId, String address, String headIdNumber, List<Member> members) {

    /** A member and their relation to the head ("Chủ hộ", "Vợ", "Con", …). */
    public record Member(String idNumber, String relation) {
    }
}
