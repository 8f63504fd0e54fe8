package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.SessionRepository;

import jakarta.servlet.http.Cookie;
import vn.motcua.cases.audit.SecurityAudit;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.cases.audit.SecurityEvent.Kind;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.support.HttpBrowser;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;

/** Logins through the real e-ID stand-in, session lifetime, CSRF, security headers and the audit trail. */
class SessionSecurityTest extends PortalIntegrationTest {

    @Autowired SecurityAudit audit;
    @Autowired Dossiers dossiers;
    @Autowired SessionRepository<?> sessionRepository;

    @Value("${server.servlet.session.timeout}")
    Duration idleTimeout;

    @Test
    void loginChangesTheSessionIdAndIsAudited() {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> callback = browser.loginUntilCallback(portalUrl(""), "079195005678");
        String before = browser.cookie("127.0.0.1", "JSESSIONID");
        assertThat(before).as("the login started a session for its state").isNotNull();

        HttpResponse<String> home = browser.follow(browser.get(HttpBrowser.location(callback)));

        assertThat(home.body()).contains("Trần Thị Bích");
        assertThat(browser.cookie("127.0.0.1", "JSESSIONID")).isNotNull().isNotEqualTo(before);
        assertThat(audit.latest("079195005678", 5)).extracting(SecurityEvent::kind).contains(Kind.LOGIN_SUCCESS);
    }

    @Test
    void aTamperedStateIsRefusedWithAClearPageAndLogsNobodyIn() {
        HttpBrowser browser = new HttpBrowser();
        String callback = HttpBrowser.location(browser.loginUntilCallback(portalUrl(""), "079201000321"));
        String tampered = callback.replaceAll("state=[^&]+", "state=forged-state");

        HttpResponse<String> refused = browser.get(tampered);

        assertThat(refused.statusCode()).as(tampered + " " + refused.headers().map()).isEqualTo(401);
        assertThat(refused.body()).contains("Đăng nhập không thành công").contains("id=\"login-again\"");
        assertThat(audit.latest(null, 20)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(Kind.LOGIN_FAILURE);
            assertThat(event.path()).isEqualTo("/login/oauth2/code/eid");
        });
        HttpResponse<String> mine = browser.get(portalUrl("/my/dossiers"));
        assertThat(mine.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(mine)).endsWith("/oauth2/authorization/eid");
    }

    @Test
    void logoutEndsThePortalSessionAndTheEidSession() {
        HttpBrowser browser = new HttpBrowser();
        browser.login(portalUrl(""), "079090001234");
        assertThat(browser.get(portalUrl("/my/dossiers")).statusCode()).isEqualTo(200);

        HttpResponse<String> loggedOut = browser.follow(browser.submit(portalUrl("/"), portalUrl("/logout"), Map.of()));

        assertThat(loggedOut.uri().toString()).isEqualTo(portalUrl("/"));
        assertThat(browser.get(portalUrl("/my/dossiers")).statusCode()).isEqualTo(302);
        HttpResponse<String> again = browser.follow(browser.get(portalUrl("/oauth2/authorization/eid")));
        assertThat(again.uri().getPath()).as("the e-ID provider asks for the password again").isEqualTo("/login");
        assertThat(audit.latest("079090001234", 5)).extracting(SecurityEvent::kind).contains(Kind.LOGOUT);
    }

    @Test
    void aForeignSessionIdIsRefusedAndCleared() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                portalUrl("/my/dossiers"))).header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/?session=expired"));
        assertThat(sessionCookie(answer.headers().allValues("Set-Cookie"))).startsWith("JSESSIONID=;").contains("Expires=Thu, 01 Jan 1970");
        assertThat(new HttpBrowser().get(portalUrl("/?session=expired")).body())
                .contains("Phiên làm việc của bạn đã kết thúc");
        assertThat(audit.latest(null, 20)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(Kind.SESSION_REJECTED);
            assertThat(event.path()).isEqualTo("/my/dossiers");
        });
    }

    @Test
    void aLoginEndsAfterTheAbsoluteTimeoutHoweverActiveItWas() throws Exception {
        StoredSessions stored = new StoredSessions(sessionRepository);
        Cookie session = stored.create(Map.of(LoginOutcomes.AUTHENTICATED_AT,
                Instant.now().minus(Duration.ofHours(8)).minusSeconds(1)));

        mvc.perform(get("/my/dossiers").cookie(session).with(Logins.an()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/?session=expired"));
        assertThat(stored.find(session)).as("the stored session is deleted").isEmpty();

        Cookie recent = stored.create(Map.of(LoginOutcomes.AUTHENTICATED_AT, Instant.now().minus(Duration.ofHours(7))));
        mvc.perform(get("/my/dossiers").cookie(recent).with(Logins.an())).andExpect(status().isOk());
        assertThat(stored.find(recent)).isPresent();
        assertThat(idleTimeout).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aFormWithoutCsrfTokenIsRefusedWithAClearPageAndChangesNothing() {
        UUID id = dossiers.file(SampleDossiers.ownBirthExtract("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12),
                "male")).id();
        HttpBrowser clerk = new HttpBrowser();
        clerk.login(portalUrl(""), "tiepnhan.benthanh");

        HttpResponse<String> refused = clerk.post(portalUrl("/desk/dossiers/" + id + "/accept"), Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Biểu mẫu đã hết hạn hoặc không hợp lệ");
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(audit.latest("tiepnhan.benthanh", 5)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(Kind.CSRF_REJECTED);
            assertThat(event.path()).isEqualTo("/desk/dossiers/" + id + "/accept");
        });
    }

    @Test
    void aBasicLevelCitizenMayLookAroundButIsToldWhyTheyCannotFile() {
        HttpBrowser child = new HttpBrowser();
        child.login(portalUrl(""), "079215000456");

        assertThat(child.get(portalUrl("/my/dossiers")).statusCode()).isEqualTo(200);
        HttpResponse<String> filing = child.get(portalUrl("/procedures/2.000635/file"));
        assertThat(filing.statusCode()).isEqualTo(403);
        assertThat(filing.body()).contains("Nộp hồ sơ trực tuyến cần tài khoản mức 2");
        assertThat(audit.latest("079215000456", 5)).extracting(SecurityEvent::kind).contains(Kind.ACCESS_DENIED);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndHstsOnlyOverHttps() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", Matchers.allOf(
                        Matchers.containsString("frame-ancestors 'none'"), Matchers.containsString("script-src 'self'"),
                        Matchers.not(Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureHttpOnlyAndLax() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> overHttps = client.send(HttpRequest.newBuilder(URI.create(portalUrl("/oauth2/authorization/eid")))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> overHttp = client.send(HttpRequest.newBuilder(URI.create(portalUrl("/oauth2/authorization/eid")))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(sessionCookie(overHttps.headers().allValues("Set-Cookie")))
                .contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(sessionCookie(overHttp.headers().allValues("Set-Cookie")))
                .contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    private static String sessionCookie(List<String> cookies) {
        return cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }
}
