package vn.motcua.web.staff;

import java.util.List;
import java.util.Set;

import vn.motcua.workflow.staff.StaffChange;

/** A staff account's new assignment as the page posts it. */
record StaffForm(String agencyCode, List<String> roles, Boolean active) {

    StaffChange toChange(String username) {
        return new StaffChange(username, agencyCode == null ? null : agencyCode.strip(),
                roles == null ? Set.of() : Set.copyOf(roles), Boolean.TRUE.equals(active));
    }
}
