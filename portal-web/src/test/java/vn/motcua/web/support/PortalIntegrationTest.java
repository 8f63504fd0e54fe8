package vn.motcua.web.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.web.PortalApplication;

/**
 * The whole portal on a random port and a fresh embedded PostgreSQL, talking over HTTP to the sandbox's
 * e-ID provider and LGSP gateway. Subclasses share one application context. It runs with the demo profile's
 * development values, but not its persistent data: the database lives in a temporary directory, and the stand-ins are
 * the {@link SandboxRunner}'s on a free port, not the embedded ones on port 9000.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.embedded-db.directory=",
        "motcua.sandbox.embedded=false",
        "motcua.storage.directory=${java.io.tmpdir}/motcua-portal-test/files",
        "motcua.documents.key-directory=${java.io.tmpdir}/motcua-portal-test/keys",
        // the shared test citizens file far more than a citizen does; QuotaTest fills a fresh citizen to these limits
        "motcua.quota.open-drafts=200", "motcua.quota.uploads-per-hour=500",
        // the management port is a free one too; the business figures are read again after a second
        "management.server.port=0", "motcua.operations.figures-cache=1s" })
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@Import({ PortalIntegrationTest.LoopbackRequests.class, PortalIntegrationTest.CountedStatements.class })
public abstract class PortalIntegrationTest {

    /** MockMvc requests come to 127.0.0.1, as browsers do after the portal's loopback redirect. */
    @TestConfiguration(proxyBeanMethods = false)
    static class LoopbackRequests {

        @Bean
        MockMvcBuilderCustomizer loopbackHost() {
            return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
                request.setServerName("127.0.0.1");
                return request;
            }));
        }
    }

    /** Every statement through the portal's data source can be counted per thread ({@link ThreadStatements}). */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountedStatements {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return ThreadStatements.countingDataSource();
        }
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void externalSystems(DynamicPropertyRegistry registry) {
        registry.add("motcua.eid.base-url", SandboxRunner::baseUrl);
        // clock: mail goes to the sandbox's SMTP stand-in; tests run the deadline scanner themselves
        registry.add("spring.mail.port", SandboxRunner::smtpPort);
        registry.add("motcua.deadline.scan-interval", () -> "0");
        // tests anchor the access log themselves (AccessLogAnchoring.anchorNow)
        registry.add("motcua.access-log.anchor-interval", () -> "0");
    }

    /**
     * Staff accounts the tests log in as (with {@link Logins#staff}) besides those of the seed, recorded as an
     * administrator would have: the portal takes a staff member's roles from its own record on every request.
     */
    @BeforeEach
    void staffOfTheTests(@Autowired JdbcClient jdbc) {
        for (String[] account : TEST_STAFF) {
            if (jdbc.sql("insert into staff_account (username, full_name, agency_code, updated_at, updated_by) "
                    + "select :username, :name, :agency, now(), 'test' where exists (select 1 from agency where code = :agency) "
                    + "on conflict do nothing").param("username", account[0]).param("name", account[1])
                    .param("agency", account[2]).update() > 0) {
                for (String role : account[3].split(",")) {
                    jdbc.sql("insert into staff_role (username, role) values (:username, :role)")
                            .param("username", account[0]).param("role", role).update();
                }
            }
        }
    }

    private static final String[][] TEST_STAFF = {
            { "lanhdao.tanphu", "Đỗ Văn Phúc", "H29.12.07", "LEADER" },
            { "pholanhdao.benthanh", "Lê Thị Mai", "H29.12.05", "LEADER" },
            { "congan.benthanh", "Trương Văn Lực", "H29.12.05.CA", "SPECIALIST,LEADER" } };

    protected String portalUrl(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
