package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.web.support.HttpBrowser;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * A visitor who is not logged in reads the public pages without a session: no cookie, no row in PostgreSQL. Only a
 * page behind the login keeps one, to return to it after the login.
 */
class AnonymousVisitsTest extends PortalIntegrationTest {

    private static final List<String> PUBLIC_PAGES = List.of("/", "/procedures", "/procedures/2.000635",
            "/procedures?q=khai+sinh", "/lookup", "/?lang=en", "/css/portal.css");

    @Autowired JdbcClient jdbc;

    @Test
    void publicPagesStartNoSession() {
        long since = databaseMillis();
        HttpBrowser browser = new HttpBrowser();

        for (String page : PUBLIC_PAGES) {
            HttpResponse<String> answer = browser.get(portalUrl(page));
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.headers().allValues("Set-Cookie")).as(page).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        }

        assertThat(browser.cookie("127.0.0.1", "JSESSIONID")).isNull();
        assertThat(sessionsCreatedSince(since)).isZero();
    }

    @Test
    void aRefusedAddressOutsideTheLoginPagesIsSentToTheLoginWithoutASession() {
        long since = databaseMillis();
        HttpBrowser browser = new HttpBrowser();

        HttpResponse<String> probe = browser.get(portalUrl("/wp-login.php"));

        assertThat(probe.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(probe)).endsWith(SecurityConfiguration.LOGIN);
        assertThat(probe.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        assertThat(sessionsCreatedSince(since)).isZero();
    }

    @Test
    void aPageBehindTheLoginIsKeptToReturnToAfterTheLogin() {
        long since = databaseMillis();
        HttpBrowser browser = new HttpBrowser();

        HttpResponse<String> mine = browser.get(portalUrl("/my/dossiers"));

        assertThat(mine.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(mine)).endsWith(SecurityConfiguration.LOGIN);
        assertThat(browser.cookie("127.0.0.1", "JSESSIONID")).isNotNull();
        assertThat(sessionsCreatedSince(since)).isEqualTo(1);
    }

    private long databaseMillis() {
        return jdbc.sql("select (extract(epoch from clock_timestamp()) * 1000)::bigint").query(Long.class).single();
    }

    private long sessionsCreatedSince(long millis) {
        return jdbc.sql("select count(*) from spring_session where creation_time >= :since").param("since", millis)
                .query(Long.class).single();
    }
}
