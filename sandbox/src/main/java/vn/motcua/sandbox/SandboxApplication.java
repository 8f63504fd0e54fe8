package vn.motcua.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sandbox: stand-ins of the external systems, reached over real HTTP. It runs alone ({@link #main}) or inside
 * another application's JVM ({@link #start}); either way it reads only {@code sandbox.properties} and scans only
 * {@code vn.motcua.sandbox}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SandboxApplication {

    /** The port the sandbox listens on when it runs alone. */
    public static final int DEFAULT_PORT = 9000;

    private static final String PORT = "server.port";
    private static final String CONFIG_NAME = "spring.config.name";

    /**
     * Runs the sandbox alone on port 9000 (or {@code --server.port}).
     *
     * @param args Spring Boot command-line arguments, e.g. {@code --sandbox.eid.portal-base-url=http://localhost:8080}
     */
    public static void main(String[] args) {
        start(DEFAULT_PORT, args);
    }

    /**
     * Starts the sandbox in this JVM on the given port (0 = random) and returns its context.
     *
     * @param port the HTTP port, 0 for a random free one (read it from {@code local.server.port})
     * @param args Spring Boot command-line arguments; a {@code --server.port} among them wins over {@code port}
     * @return the running context; close it to stop the sandbox
     */
    public static ConfigurableApplicationContext start(int port, String... args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (!given(arguments, CONFIG_NAME)) {
            arguments.add(0, "--" + CONFIG_NAME + "=sandbox");
        }
        if (!given(arguments, PORT)) {
            arguments.add(0, "--" + PORT + "=" + port);
        }
        SpringApplication application = new SpringApplication(SandboxApplication.class);
        application.setMainApplicationClass(SandboxApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setBannerMode(Banner.Mode.OFF);
        return application.run(arguments.toArray(String[]::new));
    }

    private static boolean given(List<String> arguments, String property) {
        return arguments.stream().anyMatch(argument -> argument.startsWith("--" + property + "="));
    }
}
