package vn.motcua.workflow.assignment;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;

/**
 * The staff members known to the portal: everyone who logged in through the city's directory, with the name, agency
 * and roles of their latest login. A task can be reassigned only to someone listed here with the task's agency and role.
 */
@Service
public class StaffDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records (or refreshes) a staff member as the directory described them at login. */
    @Transactional
    public void recordLogin(StaffMember staff) {
        jdbc.sql("""
                insert into staff_directory (username, full_name, agency_code, roles, last_seen_at)
                values (:username, :fullName, :agency, :roles, :at)
                on conflict (username) do update set full_name = excluded.full_name,
                    agency_code = excluded.agency_code, roles = excluded.roles, last_seen_at = excluded.last_seen_at
                """)
                .param("username", staff.username())
                .param("fullName", staff.fullName() == null ? staff.username() : staff.fullName())
                .param("agency", staff.agencyCode())
                .param("roles", staff.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
    }

    /** Staff of the agency with the role, by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> withRole(String agencyCode, Role role) {
        return jdbc.sql("select username, full_name, agency_code, roles from staff_directory where agency_code = :agency"
                        + " order by full_name, username")
                .param("agency", agencyCode)
                .query((rs, row) -> new StaffMember(rs.getString("username"), rs.getString("full_name"),
                        rs.getString("agency_code"), roles(rs.getString("roles"))))
                .list().stream().filter(member -> member.roles().contains(role)).toList();
    }

    private static Set<Role> roles(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(",")).forEach(name -> Arrays.stream(Role.values())
                .filter(role -> role.name().equals(name)).forEach(roles::add));
        return roles;
    }
}
