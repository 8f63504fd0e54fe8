package vn.motcua.web.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.motcua.web.PortalApplication;

/**
 * The whole portal on a random port and a fresh embedded PostgreSQL, talking over HTTP to the sandbox's
 * e-ID provider and LGSP gateway. Subclasses share one application context.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.storage.directory=${java.io.tmpdir}/motcua-portal-test/files",
        "motcua.documents.key-directory=${java.io.tmpdir}/motcua-portal-test/keys",
        "spring.jpa.properties.hibernate.session_factory.statement_inspector=vn.motcua.web.support.ThreadStatements" })
@AutoConfigureMockMvc
@Import(PortalIntegrationTest.LoopbackRequests.class)
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

    protected String portalUrl(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
