package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * An administrator's change to a staff account counts on the account's next request, in a session opened before the
 * change: a removed role is gone, a new agency is the one the person works for, a deactivated account is logged out.
 */
class StaffChangesAtOnceTest extends PortalIntegrationTest {

    private static final RequestPostProcessor ADMIN = Logins.staff("quantri", "H29", "ADMIN");
    private static final String CLERK = "tiepnhan2.tanphu";

    @Autowired JdbcClient jdbc;
    @Autowired SessionRepository<?> sessionRepository;

    @BeforeEach
    void aSecondClerkOfTanPhu() {
        jdbc.sql("insert into staff_account (username, full_name, agency_code, updated_at, updated_by) values "
                + "(:username, 'Mai Thị Hoa', 'H29.12.07', now(), 'test') on conflict (username) do update set "
                + "agency_code = 'H29.12.07', active = true").param("username", CLERK).update();
        jdbc.sql("delete from staff_role where username = :username").param("username", CLERK).update();
        jdbc.sql("insert into staff_role (username, role) values (:username, 'CLERK')").param("username", CLERK).update();
    }

    @Test
    void aRemovedRoleAndANewAgencyCountOnTheNextRequestOfAnOpenSession() throws Exception {
        Cookie session = loggedIn(CLERK, "H29.12.07", "CLERK");
        assertThat(status(get("/desk"), session)).isEqualTo(200);

        assign("H29.12.07", "SPECIALIST", true);
        assertThat(status(get("/desk"), session)).as("the clerk's role is gone").isEqualTo(403);
        assertThat(status(get("/inbox"), session)).as("the new role counts without a new login").isEqualTo(200);
        assertThat(sessionUser(session).roles()).containsExactly(vn.motcua.workflow.StaffMember.Role.SPECIALIST);

        assign("H29.12.05", "SPECIALIST", true);
        assertThat(status(get("/inbox"), session)).isEqualTo(200);
        assertThat(sessionUser(session).agencyCode()).as("works for the new agency").isEqualTo("H29.12.05");
    }

    @Test
    void aDeactivatedClerkIsLoggedOutOnTheNextRequest() throws Exception {
        Cookie session = loggedIn(CLERK, "H29.12.07", "CLERK");
        assertThat(status(get("/desk"), session)).isEqualTo(200);

        assign("H29.12.07", "CLERK", false);
        MockHttpServletResponse refused = mvc.perform(get("/desk").cookie(session)).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(302);
        assertThat(refused.getRedirectedUrl()).isEqualTo(CurrentStaffRecord.REVOKED_PAGE);
        assertThat(new StoredSessions(sessionRepository).find(session)).as("the session is ended").isEmpty();
        assertThat(jdbc.sql("select count(*) from security_event where kind = 'SESSION_REJECTED' and principal = :who "
                + "and detail = 'staff account deactivated'").param("who", CLERK).query(Long.class).single()).isPositive();
        assertThat(mvc.perform(get(CurrentStaffRecord.REVOKED_PAGE)).andReturn().getResponse().getContentAsString())
                .contains("id=\"session-revoked\"", "đã bị khóa");
        assertThat(mvc.perform(post("/staff/notifications/read").with(Logins.staff(CLERK, "H29.12.07", "CLERK"))
                .with(csrf())).andReturn().getResponse().getRedirectedUrl())
                .as("a change asked for by the deactivated account is refused too").isEqualTo(CurrentStaffRecord.REVOKED_PAGE);
    }

    private void assign(String agency, String role, boolean active) throws Exception {
        var request = post("/admin/staff/" + CLERK).param("agencyCode", agency).param("roles", role).with(ADMIN)
                .with(csrf());
        if (active) {
            request.param("active", "true");
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/staff");
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            Cookie session) throws Exception {
        return mvc.perform(request.cookie(session)).andReturn().getResponse().getStatus();
    }

    /** A session as a login through the e-ID provider leaves it. */
    private Cookie loggedIn(String username, String agency, String role) {
        Set<GrantedAuthority> authorities = Set.of(new SimpleGrantedAuthority("ROLE_" + role));
        OidcIdToken token = OidcIdToken.withTokenValue("id-token").subject(username).claim("name", username)
                .claim("account_type", "staff").claim("agency", agency).claim("roles", List.of(role))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600)).build();
        SecurityContext context = new SecurityContextImpl(new OAuth2AuthenticationToken(
                new DefaultOidcUser(authorities, token, "sub"), authorities, "eid"));
        return new StoredSessions(sessionRepository).create(
                Map.of(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context));
    }

    private PortalUser sessionUser(Cookie session) {
        SecurityContext context = (SecurityContext) new StoredSessions(sessionRepository).find(session).orElseThrow()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return PortalUser.of((OidcUser) context.getAuthentication().getPrincipal());
    }
}
