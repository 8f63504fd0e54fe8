package vn.motcua.workflow;

import java.util.Set;
import java.util.stream.Collectors;

/** A staff member acting on a task: user name, agency and roles as the directory states them. */
public record StaffMember(String username, String fullName, String agencyCode, Set<Role> roles) {

    /** Roles of the one-stop desk and the agencies. */
    public enum Role {
        CLERK, SPECIALIST, LEADER, ADMIN
    }

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    /** The Flowable candidate groups this member belongs to: {@code {agencyCode}:{role}}. */
    public Set<String> candidateGroups() {
        return roles.stream().map(role -> groupOf(agencyCode, role)).collect(Collectors.toUnmodifiableSet());
    }

    public static String groupOf(String agencyCode, Role role) {
        return agencyCode + ":" + role.name();
    }
}
