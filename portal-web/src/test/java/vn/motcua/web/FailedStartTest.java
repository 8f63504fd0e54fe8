package vn.motcua.web;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.web.server.WebServerException;
import org.springframework.context.ApplicationContextException;

/**
 * A start that fails ends the process: non-zero status, one line naming the cause, no thread left keeping the JVM
 * alive. The portal runs in a process of its own, with the stand-ins in its JVM (their web server's threads are the
 * ones that kept a failed start alive) and a database it cannot reach.
 */
class FailedStartTest {

    private static final long EXIT_TIMEOUT_SECONDS = 180;

    @TempDir
    Path work;

    private Process portal;

    @AfterEach
    void stopThePortal() throws InterruptedException {
        if (portal != null) {
            portal.destroyForcibly();
            portal.waitFor(30, SECONDS);
        }
    }

    @Test
    void aPortalThatCannotReachItsDatabaseExitsWithOneLineNamingTheCause() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path output = work.resolve("portal.log");
        portal = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dsandbox.mail.smtp-port=0", "-cp", System.getProperty("java.class.path"),
                PortalApplication.class.getName(),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/motcua",
                "--spring.datasource.username=motcua", "--spring.datasource.password=motcua",
                "--spring.profiles.active=demo", "--server.port=0", "--management.server.port=0",
                "--motcua.sandbox.embedded=true",
                "--motcua.sandbox.port=0")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();

        assertThat(portal.waitFor(EXIT_TIMEOUT_SECONDS, SECONDS)).as("the failed portal exits").isTrue();
        assertThat(portal.exitValue()).isNotZero();
        List<String> causes = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(PortalApplication.START_FAILED)).toList();
        assertThat(causes).singleElement().asString().contains("127.0.0.1:" + closedPort);
    }

    @Test
    void aPortalStartedWithoutTheDemoProfileAndWithoutSettingsNamesEveryMissingOneOnOneLine() throws Exception {
        Path output = work.resolve("production.log");
        portal = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), PortalApplication.class.getName(), "--server.port=0",
                "--management.server.port=0")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        portal.getOutputStream().close();

        assertThat(portal.waitFor(EXIT_TIMEOUT_SECONDS, SECONDS)).as("the refused portal exits").isTrue();
        assertThat(portal.exitValue()).isNotZero();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines.stream().filter(line -> line.startsWith(PortalApplication.START_FAILED)))
                .singleElement().asString()
                .contains("spring.datasource.url", "motcua.eid.base-url", "motcua.eid.issuer",
                        "spring.security.oauth2.client.registration.eid.client-id",
                        "spring.security.oauth2.client.registration.eid.client-secret", "motcua.lgsp.base-url",
                        "motcua.lgsp.client-id", "motcua.lgsp.client-secret", "motcua.payment.base-url",
                        "motcua.payment.merchant-code", "motcua.payment.secret", "spring.mail.host",
                        "motcua.documents.key-source=issued", "motcua.documents.key-directory",
                        "motcua.documents.keystore-password", "motcua.documents.ca-certificate",
                        "motcua.documents.tsa-url", "motcua.documents.tsa-certificate",
                        "motcua.documents.public-base-url");
        assertThat(lines).as("nothing was started: no database, no keys")
                .noneMatch(line -> line.contains("Embedded PostgreSQL") || line.contains("HikariPool"));
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void theCauseLineLeavesOutSpringsWrappersAndRepeatedMessages() {
        var failure = new ApplicationContextException("Unable to start web server",
                new WebServerException("Unable to start embedded Tomcat",
                        new BeanCreationException("flywayInitializer", "Error creating bean",
                                new IllegalStateException("Cannot start the embedded PostgreSQL: Gave up waiting\nfor it",
                                        new IOException("Gave up waiting", new ConnectException("Connection refused"))))));

        assertThat(PortalApplication.cause(failure))
                .isEqualTo("Cannot start the embedded PostgreSQL: Gave up waiting: Connection refused");
    }

    @Test
    void aCauseWithoutCausesIsNamedEvenWhenItIsOneOfSpringsOwn() {
        assertThat(PortalApplication.cause(new WebServerException("Port 8080 is already in use", null)))
                .isEqualTo("Port 8080 is already in use");
    }
}
