package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.session.SessionRepository;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.motcua.web.PortalApplication;
import vn.motcua.web.support.HttpBrowser;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SandboxRunner;

/**
 * Sessions live in PostgreSQL, so that any portal node serves any request: a second portal, started here on the same
 * database as the shared test portal, serves the sessions the first one started, as a load balancer without sticky
 * sessions would send them.
 */
class SessionsInDatabaseTest extends PortalIntegrationTest {

    private static ConfigurableApplicationContext secondNode;

    @Autowired JdbcClient jdbc;
    @Autowired EmbeddedPostgres postgres;
    @Autowired SessionRepository<?> sessionRepository;
    @Autowired OAuth2AuthorizedClientService authorizedClients;

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
            secondNode = null;
        }
    }

    @Test
    void aLoginOnOneNodeIsARowThatTheOtherNodeServesUntilTheLogoutDeletesIt() {
        HttpBrowser browser = new HttpBrowser();
        browser.login(portalUrl(""), "079195005678");
        String cookie = browser.cookie("127.0.0.1", StoredSessions.COOKIE);

        assertThat(sessionRows("079195005678", cookie)).as("the session is a row of the session table").isOne();
        assertThat((Object) authorizedClients.loadAuthorizedClient("eid", "079195005678"))
                .as("no node keeps the e-ID's tokens in its memory").isNull();
        HttpResponse<String> mine = browser.get(secondNodeUrl("/my/dossiers"));
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Trần Thị Bích");

        // the token of a form the first node rendered is accepted by the second: the logout is a POST
        HttpResponse<String> loggedOut = browser.post(secondNodeUrl("/logout"),
                Map.of("_csrf", HttpBrowser.csrfToken(browser.get(portalUrl("/")).body())));

        assertThat(loggedOut.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(loggedOut)).startsWith(SandboxRunner.baseUrl() + "/connect/logout");
        assertThat(sessionRows("079195005678", cookie)).as("the logout deletes the row").isZero();
        assertThat(browser.get(portalUrl("/my/dossiers")).statusCode()).isEqualTo(302);
    }

    @Test
    void aLoginStartedOnOneNodeCompletesOnTheOtherWithANewSessionId() {
        HttpBrowser browser = new HttpBrowser();
        String callback = HttpBrowser.location(browser.loginUntilCallback(portalUrl(""), "079090001234"));
        String before = browser.cookie("127.0.0.1", StoredSessions.COOKIE);

        HttpResponse<String> completed = browser.get(callback.replace(portalUrl(""), secondNodeUrl("")));

        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(302);
        String after = browser.cookie("127.0.0.1", StoredSessions.COOKIE);
        assertThat(after).as("the login changed the session id").isNotEqualTo(before);
        assertThat(sessionRows("079090001234", before)).as("the old id names no session").isZero();
        assertThat(sessionRows("079090001234", after)).isOne();
        assertThat(browser.follow(browser.get(portalUrl("/my/dossiers"))).body()).contains("Nguyễn Văn An");
    }

    @Test
    void theAbsoluteTimeoutEndsAStoredLoginOnEitherNode() {
        HttpBrowser browser = new HttpBrowser();
        browser.login(portalUrl(""), "079201000321");
        String cookie = browser.cookie("127.0.0.1", StoredSessions.COOKIE);
        StoredSessions stored = new StoredSessions(sessionRepository);
        assertThat(stored.find(cookie).orElseThrow().<Instant>getAttribute(LoginOutcomes.AUTHENTICATED_AT))
                .isBefore(Instant.now().plusSeconds(1));

        stored.set(cookie, LoginOutcomes.AUTHENTICATED_AT, Instant.now().minus(Duration.ofHours(8)).minusSeconds(1));
        HttpResponse<String> ended = browser.get(secondNodeUrl("/my/dossiers"));

        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(ended)).endsWith("/?session=expired");
        assertThat(stored.find(cookie)).as("the row is deleted").isEmpty();
        assertThat(browser.get(portalUrl("/my/dossiers")).statusCode()).isEqualTo(302);
    }

    @Test
    void aPageOfALoggedInUserWritesOnlyTheLastAccessTimeOfItsSession() {
        HttpBrowser browser = new HttpBrowser();
        browser.login(portalUrl(""), "079195005678");
        browser.get(portalUrl("/my/dossiers"));

        List<String> statements = sessionStatements(() -> assertThat(browser.get(portalUrl("/my/dossiers")).statusCode())
                .isEqualTo(200));

        // Spring Session reads the session when the request asks for it, writes its last access time at the end, and
        // reads it again to decide whether to send the cookie (spring-session issue 1731); no attribute is written.
        assertThat(statements).as("read, write of the last access time, read").hasSize(3);
        assertThat(statements.get(0)).startsWith("SELECT");
        assertThat(statements.get(1)).startsWith("UPDATE SPRING_SESSION");
        assertThat(statements.get(2)).startsWith("SELECT");
    }

    /** The statements on the session tables that Spring Session ran on the request threads while the request ran. */
    private static List<String> sessionStatements(Runnable request) {
        Logger statements = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);
        Level level = statements.getLevel();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        statements.addAppender(seen);
        statements.setLevel(Level.DEBUG);
        try {
            request.run();
        } finally {
            statements.setLevel(level);
            statements.detachAppender(seen);
        }
        return seen.list.stream().filter(event -> event.getThreadName().contains("exec"))
                .map(ILoggingEvent::getFormattedMessage).filter(message -> message.contains("SPRING_SESSION"))
                .map(message -> message.replaceFirst("^Executing [^\\[]*\\[", "").strip()).toList();
    }

    /** Rows of the session table for this user and this cookie's session id. */
    private long sessionRows(String principal, String cookie) {
        return jdbc.sql("select count(*) from spring_session where principal_name = :principal and session_id = :id")
                .param("principal", principal).param("id", StoredSessions.id(cookie)).query(Long.class).single();
    }

    /** The second node: the same portal on the same database, without jobs of its own. */
    private String secondNodeUrl(String path) {
        if (secondNode == null) {
            String tmp = System.getProperty("java.io.tmpdir");
            secondNode = new SpringApplicationBuilder(PortalApplication.class).run("--spring.profiles.active=demo",
                    "--server.port=0", "--motcua.sandbox.embedded=false",
                    "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "--spring.datasource.username=motcua_app", "--spring.datasource.password=motcua_app",
                    "--spring.flyway.user=postgres",
                    "--motcua.storage.directory=" + tmp + "/motcua-portal-test/files",
                    "--motcua.documents.key-directory=" + tmp + "/motcua-portal-test/keys",
                    "--motcua.eid.base-url=" + SandboxRunner.baseUrl(), "--spring.mail.port=" + SandboxRunner.smtpPort(),
                    "--flowable.async-executor-activate=false", "--motcua.deadline.scan-interval=0",
                    "--motcua.access-log.anchor-interval=0", "--motcua.notification.retry-interval=0",
                    "--motcua.payment.reconcile-interval=0", "--motcua.storage.sweep-interval=0",
                    "--motcua.sync.retry-interval=0", "--motcua.statistics.refresh-interval=0");
        }
        int port = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
        return "http://127.0.0.1:" + port + path;
    }
}
