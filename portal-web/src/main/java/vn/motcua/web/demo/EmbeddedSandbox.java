package vn.motcua.web.demo;

import java.lang.reflect.Method;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * When {@code motcua.sandbox.embedded=true}, starts the sandbox (e-ID provider, LGSP gateway) on
 * {@code motcua.sandbox.port} before the portal connects to it. The sandbox is looked up by class name:
 * the portal never compiles against it and talks to it only over HTTP, so a production build simply
 * leaves the sandbox jar out. When the portal fails to start, the sandbox is stopped with it: its web server's
 * threads would otherwise keep the failed JVM alive.
 */
public class EmbeddedSandbox implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSandbox.class);
    private static final String SANDBOX = "vn.motcua.sandbox.SandboxApplication";

    private ConfigurableApplicationContext sandbox;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationFailedEvent && sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
    }

    private void start(ConfigurableEnvironment environment) {
        if (sandbox != null || !environment.getProperty("motcua.sandbox.embedded", Boolean.class, false)) {
            return;
        }
        int port = environment.getProperty("motcua.sandbox.port", Integer.class, 9000);
        String portalUrl = environment.getProperty("motcua.documents.public-base-url", "http://127.0.0.1:8080");
        try {
            Method start = Class.forName(SANDBOX).getMethod("start", int.class, String[].class);
            sandbox = (ConfigurableApplicationContext) start.invoke(null, port,
                    new String[] { "--sandbox.eid.portal-base-url=" + portalUrl });
            log.info("Sandbox stand-ins started on port {}", port);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("motcua.sandbox.embedded=true but the sandbox cannot be started (the production"
                    + " jar has no stand-ins; the demo runs demo/target/portal-demo-*.jar)", e);
        }
    }
}
