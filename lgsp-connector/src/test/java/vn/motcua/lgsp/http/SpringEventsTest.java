package vn.motcua.lgsp.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.event.EventListener;

import vn.motcua.lgsp.DataAccessed;
import vn.motcua.lgsp.LgspConfiguration;
import vn.motcua.lgsp.PopulationRegistry;

/** The configured ports publish their data-access events to the application, in the caller's thread. */
class SpringEventsTest {

    static class AccessLog {
        final List<DataAccessed> events = new CopyOnWriteArrayList<>();
        final List<Thread> threads = new CopyOnWriteArrayList<>();

        @EventListener
        void on(DataAccessed event) {
            events.add(event);
            threads.add(Thread.currentThread());
        }
    }

    @Test
    void dataAccessIsPublishedAsAnApplicationEvent() {
        SandboxGateway.reset();
        new ApplicationContextRunner().withUserConfiguration(LgspConfiguration.class)
                .withBean(AccessLog.class)
                .withPropertyValues("motcua.lgsp.base-url=" + SandboxGateway.baseUrl(),
                        "motcua.lgsp.client-id=" + SandboxGateway.CLIENT_ID,
                        "motcua.lgsp.client-secret=" + SandboxGateway.CLIENT_SECRET)
                .run(context -> {
                    context.getBean(PopulationRegistry.class)
                            .findCitizen(GatewayContractTest.AN, GatewayContractTest.CONTEXT);

                    AccessLog log = context.getBean(AccessLog.class);
                    assertThat(log.events).singleElement().satisfies(event -> {
                        assertThat(event.subject()).isEqualTo(GatewayContractTest.AN);
                        assertThat(event.outcome()).isEqualTo(DataAccessed.Outcome.OK);
                    });
                    assertThat(log.threads).containsExactly(Thread.currentThread());
                });
    }
}
