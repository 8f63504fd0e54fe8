package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.TestPropertySource;

import vn.motcua.cases.staff.StaffDirectory;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * At login a staff account gets the agency and roles of the portal's record, not those its directory token states; an
 * account seen for the first time is recorded as the directory states it.
 */
@TestPropertySource(properties = "motcua.lookup.per-minute=3")
class StaffRolesAtLoginTest extends PortalIntegrationTest {

    @Autowired StaffDirectory directory;
    @Autowired JdbcClient jdbc;

    private static OidcUser fromDirectory(String username, String agency, List<String> roles) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", username,
                "name", username, "account_type", "staff", "agency", agency, "roles", roles));
        return new DefaultOidcUser(Set.of(), token, "sub");
    }

    @Test
    void thePortalsRecordDecidesAgencyAndRoles() {
        jdbc.sql("update staff_account set agency_code = 'H29.12.05.CA' where username = 'tiepnhan.tanphu'").update();
        jdbc.sql("update staff_role set role = 'LEADER' where username = 'tiepnhan.tanphu'").update();
        try {
            OidcUser user = new EidAuthorities(directory).authorize(fromDirectory("tiepnhan.tanphu", "H29.12.07", List.of("CLERK")));

            assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_LEADER");
            PortalUser staff = PortalUser.of(user);
            assertThat(staff.agencyCode()).isEqualTo("H29.12.05.CA");
            assertThat(staff.staffMember().candidateGroups()).containsExactly("H29.12.05.CA:LEADER");
        } finally {
            jdbc.sql("update staff_account set agency_code = 'H29.12.07' where username = 'tiepnhan.tanphu'").update();
            jdbc.sql("update staff_role set role = 'CLERK' where username = 'tiepnhan.tanphu'").update();
        }
    }

    @Test
    void aNewAccountIsRecordedAsItsDirectoryStatesItAndALockedOneHasNoRoles() {
        OidcUser first = new EidAuthorities(directory).authorize(fromDirectory("canbo.moi", "H29.BHXH", List.of("SPECIALIST")));
        assertThat(first.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_SPECIALIST");
        assertThat(directory.find("canbo.moi").orElseThrow().updatedBy()).isEqualTo("directory");

        jdbc.sql("update staff_account set active = false where username = 'canbo.moi'").update();
        OidcUser locked = new EidAuthorities(directory).authorize(fromDirectory("canbo.moi", "H29.BHXH", List.of("SPECIALIST")));
        assertThat(locked.getAuthorities()).isEmpty();

        OidcUser unknownAgency = new EidAuthorities(directory).authorize(fromDirectory("canbo.xa", "X00", List.of("CLERK")));
        assertThat(unknownAgency.getAuthorities()).as("an agency the portal does not know grants nothing").isEmpty();
    }
}
