package vn.motcua.cases.staff;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account as the portal records it.
 *
 * @param username   the directory's user name
 * @param fullName   the name shown on slips and in logs
 * @param agencyCode the agency the account works for
 * @param roles      its roles: CLERK, SPECIALIST, LEADER, ADMIN
 * @param active     whether it may act at all
 * @param updatedAt  when the record last changed
 * @param updatedBy  who changed it ({@code seed} or {@code directory} when not an administrator)
 */
public record StaffAccount(String username, String fullName, String agencyCode, Set<String> roles, boolean active,
        Instant updatedAt, String updatedBy) {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }

    /** The roles it may use now: none when it is inactive. */
    public Set<String> effectiveRoles() {
        return active ? roles : Set.of();
    }
}
