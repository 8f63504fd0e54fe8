package vn.motcua.web;

import org.springframework.beans.BeansException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.web.server.WebServerException;
import org.springframework.context.ApplicationContextException;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

import vn.motcua.web.demo.EmbeddedSandbox;

/** The Một Cửa portal. With the {@code demo} profile it also starts the stand-ins of the external systems. */
@SpringBootApplication(scanBasePackages = { "vn.motcua.web", "vn.motcua.cases", "vn.motcua.workflow", "vn.motcua.lgsp",
        "vn.motcua.payment" })
@EntityScan("vn.motcua.cases")
@EnableJpaRepositories("vn.motcua.cases")
public class PortalApplication {

    /** Starts with this line, then names the cause, when the portal cannot start. */
    static final String START_FAILED = "The portal did not start: ";

    /**
     * Starts the portal. A failed start (Spring has closed the context and logged the details by then) ends the
     * process with status 1 and one line naming the cause, whatever threads are still running.
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(PortalApplication.class);
        application.addListeners(new EmbeddedSandbox());
        try {
            application.run(args);
        } catch (Throwable failure) {
            System.err.println(START_FAILED + cause(failure));
            System.exit(1);
        }
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
