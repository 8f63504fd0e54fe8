package vn.motcua.web.support;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import vn.motcua.sandbox.SandboxApplication;

/** The stand-ins of the external systems, started once per test JVM on a free port. */
public final class SandboxRunner {

    private static ConfigurableApplicationContext sandbox;

    private SandboxRunner() {
    }

    public static synchronized int port() {
        if (sandbox == null) {
            // The e-ID provider accepts any port on a loopback IP redirect, so one registration fits every test portal.
            sandbox = SandboxApplication.start(0, "--sandbox.eid.portal-base-url=http://127.0.0.1:8080");
        }
        return ((WebServerApplicationContext) sandbox).getWebServer().getPort();
    }

    public static String baseUrl() {
        return "http://localhost:" + port();
    }
}
