package vn.motcua.web.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.prefill.ClaimedIdentity;

/**
 * The logged-in person as the e-ID provider describes them: a citizen (subject = identity number) or a
 * staff member (subject = user name, with agency and roles).
 */
public record PortalUser(String subject, String fullName, boolean citizen, LocalDate birthDate, String gender,
        String agencyCode, Set<Role> roles, boolean highAssurance) implements ClaimedIdentity {

    /** The authority of a citizen whose e-ID account has the high level (VNeID level 2), which filing requires. */
    public static final String HIGH_ASSURANCE = "ASSURANCE_HIGH";
    /** The only authority of a staff login to whom the portal gives no role: it opens the page that says so. */
    public static final String WITHOUT_ROLE = "STAFF_WITHOUT_ROLE";
    static final String HIGH_ACR = "eid-high";
    static final String ACCOUNT_TYPE = "account_type";
    static final String AGENCY = "agency";
    static final String ROLES = "roles";

    public static PortalUser of(OidcUser user) {
        boolean citizen = "citizen".equals(user.getClaimAsString(ACCOUNT_TYPE));
        String birthdate = user.getClaimAsString("birthdate");
        return new PortalUser(user.getSubject(), user.getFullName(), citizen,
                birthdate == null ? null : LocalDate.parse(birthdate), user.getClaimAsString("gender"),
                citizen ? null : user.getClaimAsString(AGENCY), citizen ? Set.of() : roles(user.getClaimAsStringList(ROLES)),
                citizen && HIGH_ACR.equals(user.getClaimAsString("acr")));
    }

    static Set<Role> roles(Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** Works the one-stop desk. */
    public boolean clerk() {
        return roles.contains(Role.CLERK);
    }

    /** Handles dossiers in an agency: specialist or leader. */
    public boolean handler() {
        return roles.contains(Role.SPECIALIST) || roles.contains(Role.LEADER);
    }

    /** Leads an agency: approves, signs, reads the agency's statistics. */
    public boolean leader() {
        return roles.contains(Role.LEADER);
    }

    /** Administers the portal. */
    public boolean admin() {
        return roles.contains(Role.ADMIN);
    }

    public StaffMember staffMember() {
        if (citizen) {
            throw new IllegalStateException("A citizen is not a staff member");
        }
        return new StaffMember(subject, fullName, agencyCode, roles);
    }
}
