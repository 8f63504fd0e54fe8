package vn.motcua.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * A stopped node leaves the load balancer's rotation before its port closes, then finishes its requests and its
 * background work: the drain's place among the stop phases, its wait, and the settings of the graceful stop.
 */
class ShutdownDrainTest {

    @Test
    void drainsAfterThePeriodicJobsAndBeforeTheWebServerStopsAccepting() {
        assertThat(ShutdownDrain.PHASE).isLessThan(SmartLifecycle.DEFAULT_PHASE)
                .isGreaterThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE);
    }

    @Test
    void keepsServingForTheDrainOnStop() {
        List<Duration> pauses = new ArrayList<>();
        ShutdownDrain drain = counting(Duration.ofSeconds(5), pauses);
        drain.start();
        assertThat(drain.isRunning()).isTrue();

        drain.stop();

        assertThat(pauses).containsExactly(Duration.ofSeconds(5));
        assertThat(drain.isRunning()).isFalse();
    }

    @Test
    void noDrainStopsAtOnce() {
        List<Duration> pauses = new ArrayList<>();
        ShutdownDrain drain = counting(Duration.ZERO, pauses);
        drain.start();

        drain.stop();

        assertThat(pauses).isEmpty();
    }

    @Test
    void theStopIsGracefulAndWaitsForAsynchronousListeners() throws IOException {
        Properties settings = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(settings.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(settings.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("30s");
        assertThat(settings.getProperty("spring.task.execution.shutdown.await-termination")).isEqualTo("true");
        assertThat(settings.getProperty("motcua.shutdown.drain")).isEqualTo("5s");
        Properties demo = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-demo.properties"));
        assertThat(demo.getProperty("motcua.shutdown.drain")).isEqualTo("0s");
    }

    private static ShutdownDrain counting(Duration drain, List<Duration> pauses) {
        return new ShutdownDrain(drain) {
            @Override
            void pause(Duration duration) {
                pauses.add(duration);
            }
        };
    }
}
