package vn.motcua.web.demo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import vn.motcua.documents.SignatureVerifier;

/**
 * When {@code motcua.sandbox.embedded=true}, starts the sandbox (e-ID provider, LGSP gateway, TSA…) on
 * {@code motcua.sandbox.port} in this JVM. The sandbox is looked up by class name: the portal never compiles against
 * it and talks to it only over HTTP, so a production build simply leaves the sandbox jar out.
 * <p>
 * The sandbox starts on its own thread while the portal starts on the main one, so that on two cores the two starts
 * overlap (docs/performance.md, "Start-up"). The portal waits for it only where it calls it while starting: before the signature verifier is
 * made (it reads the TSA's certificate) and before the context's refresh ends (scheduled jobs, the job executor and
 * the first requests may call the stand-ins). A sandbox that fails to start fails the portal's start with its cause;
 * when the portal fails to start, the sandbox is stopped with it (at once, or when its start ends): its web server's
 * threads would otherwise keep the failed JVM alive.
 */
public class EmbeddedSandbox implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSandbox.class);
    private static final String SANDBOX = "vn.motcua.sandbox.SandboxApplication";

    private CompletableFuture<ConfigurableApplicationContext> sandbox;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (sandbox == null) {
            return;
        } else if (event instanceof ApplicationPreparedEvent prepared) {
            prepared.getApplicationContext().addBeanFactoryPostProcessor(new AwaitBeforeCallers());
            prepared.getApplicationContext().addApplicationListener(new AwaitAtRefresh());
        } else if (event instanceof ApplicationFailedEvent) {
            stop();
        }
    }

    private void start(ConfigurableEnvironment environment) {
        if (sandbox != null || !environment.getProperty("motcua.sandbox.embedded", Boolean.class, false)) {
            return;
        }
        int port = environment.getProperty("motcua.sandbox.port", Integer.class, 9000);
        String portalUrl = environment.getProperty("motcua.documents.public-base-url", "http://127.0.0.1:8080");
        Method start;
        try {
            start = Class.forName(SANDBOX).getMethod("start", int.class, String[].class);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("motcua.sandbox.embedded=true but the sandbox cannot be started (the production"
                    + " jar has no stand-ins; the demo runs demo/target/portal-demo-*.jar)", e);
        }
        sandbox = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                // Not closed by Spring Boot's shutdown hook: the hook would wait for a start still under way before
                // a failed portal's JVM could exit, and the portal may call the stand-ins (the TSA) while it stops.
                sandbox.complete((ConfigurableApplicationContext) start.invoke(null, port, new String[] {
                        "--sandbox.eid.portal-base-url=" + portalUrl, "--spring.main.register-shutdown-hook=false" }));
                log.info("Sandbox stand-ins started on port {}", port);
            } catch (InvocationTargetException e) {
                sandbox.completeExceptionally(e.getCause());
            } catch (Throwable e) {
                sandbox.completeExceptionally(e);
            }
        }, "sandbox-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** The running sandbox; its failure to start, as the portal's. */
    private void await() {
        try {
            sandbox.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("The sandbox stand-ins did not start on the port motcua.sandbox.port", e.getCause());
        }
    }

    /** Stops the sandbox now, or as soon as it has started: the portal's failure does not wait for it. */
    private void stop() {
        sandbox.thenAccept(ConfigurableApplicationContext::close);
    }

    /** Makes the beans that call the stand-ins while they are made wait for the sandbox's start. */
    private final class AwaitBeforeCallers implements BeanFactoryPostProcessor {

        private static final String STARTED = "embeddedSandboxStarted";

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            ((BeanDefinitionRegistry) beanFactory).registerBeanDefinition(STARTED,
                    new RootBeanDefinition(SandboxStarted.class, () -> new SandboxStarted(EmbeddedSandbox.this)));
            for (String name : beanFactory.getBeanNamesForType(SignatureVerifier.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                List<String> dependsOn = new ArrayList<>();
                if (definition.getDependsOn() != null) {
                    dependsOn.addAll(List.of(definition.getDependsOn()));
                }
                dependsOn.add(STARTED);
                definition.setDependsOn(dependsOn.toArray(String[]::new));
            }
        }
    }

    /** Waits for the sandbox when the context is refreshed, before Spring's own listeners: the scheduler starts on it. */
    private final class AwaitAtRefresh implements ApplicationListener<ContextRefreshedEvent>, Ordered {

        @Override
        public void onApplicationEvent(ContextRefreshedEvent event) {
            await();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    /** A bean made once the sandbox has started: making it waits for the start. */
    static final class SandboxStarted {

        SandboxStarted(EmbeddedSandbox sandbox) {
            sandbox.await();
        }
    }
}
