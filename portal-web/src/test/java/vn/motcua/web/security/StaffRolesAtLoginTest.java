package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
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
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.audit.SecurityAudit;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.cases.staff.StaffAccount;
import vn.motcua.cases.staff.StaffDirectory;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * At login a staff account gets the agency and roles of the portal's record, never the roles its directory token
 * states: an account seen for the first time is recorded with no role, and a login without a role reaches only the page
 * that says an administrator must grant one.
 */
@TestPropertySource(properties = "motcua.lookup.per-minute=3")
class StaffRolesAtLoginTest extends PortalIntegrationTest {

    @Autowired StaffDirectory directory;
    @Autowired JdbcClient jdbc;
    @Autowired SecurityAuditing auditing;
    @Autowired SecurityAudit audit;

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
    void aNewAccountIsRecordedWithNoRoleWhateverItsTokenSaysAndSoIsALockedOneTreated() {
        OidcUser first = new EidAuthorities(directory).authorize(fromDirectory("canbo.moi", "H29.BHXH",
                List.of("ADMIN", "SPECIALIST")));
        assertThat(first.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .as("the token's roles count for nothing").containsExactly(PortalUser.WITHOUT_ROLE);
        assertThat(PortalUser.of(first).roles()).isEmpty();
        StaffAccount recorded = directory.find("canbo.moi").orElseThrow();
        assertThat(recorded.roles()).isEmpty();
        assertThat(recorded.agencyCode()).isEqualTo("H29.BHXH");
        assertThat(recorded.updatedBy()).isEqualTo("directory");

        jdbc.sql("insert into staff_role (username, role) values ('canbo.moi', 'SPECIALIST')").update();
        OidcUser granted = new EidAuthorities(directory).authorize(fromDirectory("canbo.moi", "H29.BHXH", List.of("ADMIN")));
        assertThat(granted.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .as("the roles an administrator granted, and only those").containsExactly("ROLE_SPECIALIST");

        jdbc.sql("update staff_account set active = false where username = 'canbo.moi'").update();
        OidcUser locked = new EidAuthorities(directory).authorize(fromDirectory("canbo.moi", "H29.BHXH", List.of("SPECIALIST")));
        assertThat(locked.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly(PortalUser.WITHOUT_ROLE);

        OidcUser unknownAgency = new EidAuthorities(directory).authorize(fromDirectory("canbo.xa", "X00", List.of("ADMIN")));
        assertThat(unknownAgency.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .as("an agency the portal does not know: not recorded, nothing granted").containsExactly(PortalUser.WITHOUT_ROLE);
        assertThat(directory.find("canbo.xa")).isEmpty();
    }

    @Test
    void aStaffLoginWithoutRoleIsAuditedAndSentToThePageThatSaysSoAndEverythingElseIsRefused() throws Exception {
        OidcUser user = new EidAuthorities(directory).authorize(fromDirectory("canbo.phuong", "H29.12.07", List.of("CLERK")));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/eid");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new LoginOutcomes(auditing, Clock.systemUTC()).onAuthenticationSuccess(request, response,
                new OAuth2AuthenticationToken(user, user.getAuthorities(), "eid"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/staff/no-role");
        assertThat(audit.latest("canbo.phuong", 5)).extracting(SecurityEvent::kind)
                .contains(SecurityEvent.Kind.STAFF_WITHOUT_ROLE, SecurityEvent.Kind.LOGIN_SUCCESS);

        RequestPostProcessor withoutRole = Logins.staffWithoutRole("canbo.phuong", "H29.12.07");
        String page = mvc.perform(get("/staff/no-role").with(withoutRole)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Tài khoản chưa được cấp vai trò", "canbo.phuong", "Quản trị viên của cổng phải cấp vai trò");
        mvc.perform(get("/desk").with(withoutRole)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/staff").with(withoutRole)).andExpect(status().isForbidden());
        mvc.perform(get("/staff/no-role").with(Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK")))
                .andExpect(status().isForbidden());
    }
}
