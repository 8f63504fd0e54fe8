package vn.motcua.workflow.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.flowable.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.audit.AdminActions;
import vn.motcua.cases.staff.StaffAccount;
import vn.motcua.cases.staff.StaffDirectory;
import vn.motcua.workflow.StaffMember;

/**
 * Changes which agency a staff account works for and which roles it holds. A change that takes a role (or an agency)
 * away is refused while open tasks wait for that role in that agency and no other active account could take them,
 * or while tasks are assigned to the account by name: the administrator gives the role to someone else first. The
 * last active administrator keeps the ADMIN role. The check and the change run in one transaction.
 */
@Service
public class StaffAssignments {

    private final StaffDirectory directory;
    private final Agencies agencies;
    private final TaskService tasks;
    private final AdminActions actions;

    StaffAssignments(StaffDirectory directory, Agencies agencies, TaskService tasks, AdminActions actions) {
        this.directory = directory;
        this.agencies = agencies;
        this.tasks = tasks;
        this.actions = actions;
    }

    /**
     * @throws StaffChangeRefusedException if the change is not allowed; nothing changes then
     * @throws java.util.NoSuchElementException if there is no such account
     */
    @Transactional
    public void change(StaffChange change, String admin) {
        StaffAccount current = directory.lock(change.username()).orElseThrow();
        List<StaffProblem> problems = new ArrayList<>();
        if (change.agencyCode() == null || !change.agencyCode().matches("[A-Z0-9][A-Z0-9.]{0,31}")) {
            problems.add(StaffProblem.of("agencyCode", "staff.agency.format"));
        } else if (agencies.findByCode(change.agencyCode()).isEmpty()) {
            problems.add(StaffProblem.of("agencyCode", "staff.agency.unknown", change.agencyCode()));
        }
        if (!StaffDirectory.ROLES.containsAll(change.roles())) {
            problems.add(StaffProblem.of("roles", "staff.role.unknown"));
        }
        if (problems.isEmpty()) {
            Set<String> kept = change.active() && current.agencyCode().equals(change.agencyCode()) ? change.roles() : Set.of();
            for (String role : current.effectiveRoles()) {
                if (kept.contains(role)) {
                    continue;
                }
                long waiting = tasks.createTaskQuery()
                        .taskCandidateGroup(StaffMember.groupOf(current.agencyCode(), StaffMember.Role.valueOf(role))).count();
                if (waiting > 0 && directory.otherActiveHolders(current.agencyCode(), role, current.username()) == 0) {
                    problems.add(StaffProblem.of("roles", "staff.change.tasksWaiting", waiting, role, current.agencyCode()));
                }
                if ("ADMIN".equals(role) && directory.otherActiveHolders(role, current.username()) == 0) {
                    problems.add(StaffProblem.of("roles", "staff.change.lastAdmin"));
                }
            }
            long assigned = tasks.createTaskQuery().taskAssignee(current.username()).count();
            if (assigned > 0 && !kept.containsAll(current.effectiveRoles())) {
                problems.add(StaffProblem.of("roles", "staff.change.assigned", assigned));
            }
        }
        if (!problems.isEmpty()) {
            throw new StaffChangeRefusedException(problems);
        }
        directory.assign(change.username(), change.agencyCode(), change.roles(), change.active(), admin);
        actions.record(admin, "STAFF_ASSIGNED", change.username(), change.agencyCode() + " " + new java.util.TreeSet<>(
                change.roles()) + (change.active() ? "" : " inactive"));
    }
}
