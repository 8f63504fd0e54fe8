package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;

/**
 * The sandbox starts next to JPA, Flyway, Flowable and the OAuth2 client (all on this test classpath, as in the
 * portal's JVM) without a database, and reads its own settings only.
 */
class SandboxApplicationTest {

    @Test
    void startsOnARandomPortWithItsOwnSettingsOnly() {
        try (RunningSandbox sandbox = new RunningSandbox()) {
            Environment environment = sandbox.context().getEnvironment();

            assertThat(sandbox.port()).isPositive().isNotEqualTo(SandboxApplication.DEFAULT_PORT);
            assertThat(environment.getProperty("spring.application.name")).isEqualTo("sandbox");
            assertThat(environment.getProperty("server.servlet.session.cookie.name")).isEqualTo("EID_SESSION");
            assertThat(environment.getProperty("portal.marker")).as("application.properties is not read").isNull();
            assertThat(sandbox.context().getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
            assertThat(sandbox.context().containsBean("processEngine")).isFalse();
            assertThat(sandbox.context().containsBean("flyway")).isFalse();
        }
    }

    @Test
    void argumentsOverrideTheDefaults() {
        try (RunningSandbox sandbox = new RunningSandbox("--sandbox.lgsp.token-ttl=42s")) {
            assertThat(sandbox.context().getEnvironment().getProperty("sandbox.lgsp.token-ttl")).isEqualTo("42s");
            String answer = sandbox.send(java.net.http.HttpRequest.newBuilder(sandbox.uri("/lgsp/token"))
                    .header("Authorization", RunningSandbox.basic("motcua-portal", "lgsp-secret"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(RunningSandbox.form(java.util.Map.of("grant_type", "client_credentials")))).body();
            assertThat(RunningSandbox.json(answer)).containsEntry("expires_in", 42);
        }
    }
}
