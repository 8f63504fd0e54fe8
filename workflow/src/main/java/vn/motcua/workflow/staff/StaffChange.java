package vn.motcua.workflow.staff;

import java.util.Set;

/**
 * A new assignment of a staff account.
 *
 * @param username   the account
 * @param agencyCode the agency it will work for
 * @param roles      the roles it will hold
 * @param active     whether it may act
 */
public record StaffChange(String username, String agencyCode, Set<String> roles, boolean active) {

    public StaffChange {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
