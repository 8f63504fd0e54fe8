package vn.motcua.web;

import java.util.Arrays;
import java.util.Map;

import org.springframework.beans.BeansException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.web.server.WebServerException;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationContextException;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.repository.config.BootstrapMode;

import vn.motcua.web.demo.EmbeddedSandbox;

/** The Một Cửa portal. With the {@code demo} profile it also starts the stand-ins of the external systems. */
@SpringBootApplication(scanBasePackages = { "vn.motcua.web", "vn.motcua.cases", "vn.motcua.workflow", "vn.motcua.lgsp",
        "vn.motcua.payment" })
@EntityScan("vn.motcua.cases")
@EnableJpaRepositories(basePackages = "vn.motcua.cases", bootstrapMode = BootstrapMode.DEFERRED)
public class PortalApplication {

    /** Starts with this line, then names the cause, when the portal cannot start. */
    static final String START_FAILED = "The portal did not start: ";

    /**
     * The system property ({@code -Dmotcua.startup-steps=true}) that records the steps of the start (beans, JPA,
     * Flowable…) with their times for the actuator's {@code startup} endpoint (docs/performance.md, "Start-up").
     */
    static final String STARTUP_STEPS = "motcua.startup-steps";

    /** The argument of the one-time command that creates the first administrator ({@code web.staff}). */
    static final String BOOTSTRAP_ADMIN = "motcua.bootstrap-admin";

    /**
     * Starts the portal. A failed start (Spring has closed the context and logged the details by then) ends the
     * process with status 1 and one line naming the cause, whatever threads are still running.
     */
    public static void main(String[] args) {
        ConfigurableApplicationContext context;
        try {
            context = start(args);
        } catch (Throwable failure) {
            System.err.println(START_FAILED + cause(failure));
            System.exit(1);
            return;
        }
        if (isCommand(args)) {
            System.exit(SpringApplication.exit(context));
        }
    }

    /**
     * Starts the portal; with {@code --motcua.bootstrap-admin=…}, the one-time command that creates the first
     * administrator instead (no HTTP port, no background jobs of the process engine), whose exit status
     * {@link SpringApplication#exit} then gives.
     */
    static ConfigurableApplicationContext start(String... args) {
        SpringApplication application = new SpringApplication(PortalApplication.class);
        if (isCommand(args)) {
            application.addListeners(new OneTimeCommand());
        }
        application.addListeners(new EmbeddedSandbox());
        if (Boolean.getBoolean(STARTUP_STEPS)) {
            application.setApplicationStartup(new BufferingApplicationStartup(20_000));
        }
        return application.run(args);
    }

    /** Settings of a one-time command, above every other source: no HTTP port, no job executor, no stand-ins. */
    private static final class OneTimeCommand implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("oneTimeCommand", Map.of(
                    "server.port", "-1", "flowable.async-executor-activate", "false", "motcua.sandbox.embedded", "false")));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private static boolean isCommand(String... args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + BOOTSTRAP_ADMIN + "="));
    }

    /** The messages of the failure and its causes, on one line, without Spring's wrappers and repeated messages. */
    static String cause(Throwable failure) {
        StringBuilder line = new StringBuilder();
        Throwable last = failure;
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            last = cause;
            String message = firstLine(cause.getMessage());
            if (message.isEmpty() || line.indexOf(message) >= 0 || isWrapper(cause)) {
                continue;
            }
            line.append(line.isEmpty() ? "" : ": ").append(message);
        }
        return line.isEmpty() ? (last.getClass().getName() + " " + firstLine(last.getMessage())).strip() : line.toString();
    }

    private static boolean isWrapper(Throwable cause) {
        return cause.getCause() != null && (cause instanceof BeansException
                || cause instanceof ApplicationContextException || cause instanceof WebServerException);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
    }
}
