package vn.motcua.workflow.assignment;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.staff.StaffAccount;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;

/**
 * The colleagues a task can be reassigned to: the active accounts of the portal's staff record
 * ({@link vn.motcua.cases.staff.StaffDirectory}) with the task's agency and role.
 */
@Service
public class Colleagues {

    private final vn.motcua.cases.staff.StaffDirectory accounts;

    Colleagues(vn.motcua.cases.staff.StaffDirectory accounts) {
        this.accounts = accounts;
    }

    /** Active staff of the agency with the role, by name. */
    @Transactional(readOnly = true)
    public List<StaffMember> withRole(String agencyCode, Role role) {
        return accounts.all().stream()
                .filter(account -> account.agencyCode().equals(agencyCode))
                .filter(account -> account.effectiveRoles().contains(role.name()))
                .map(Colleagues::member)
                .sorted(java.util.Comparator.comparing(StaffMember::fullName).thenComparing(StaffMember::username))
                .toList();
    }

    private static StaffMember member(StaffAccount account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (account.effectiveRoles().contains(role.name())) {
                roles.add(role);
            }
        }
        return new StaffMember(account.username(), account.fullName(), account.agencyCode(), roles);
    }
}
