package vn.motcua.web.operations;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first moments of a node's stop (SIGTERM): its readiness probe already fails (Spring Boot reports it refusing
 * traffic, and the management port closes at once), while the main port still serves for {@code motcua.shutdown.drain},
 * long enough for the load balancer's health check to take the node out of the rotation (HAProxy of scripts/cluster:
 * two failed checks two seconds apart). Only then does the web server's graceful shutdown close the port and wait for
 * the requests under way ({@code spring.lifecycle.timeout-per-shutdown-phase}); the periodic jobs have stopped before
 * (they stop first, after their round under way), Flowable's executor stops acquiring jobs and finishes the ones it
 * runs after that. Zero (the demo profile, a single node) stops without waiting.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

    /** After the periodic jobs ({@link SmartLifecycle#DEFAULT_PHASE}), before the web server's graceful shutdown. */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE + 512;

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final Duration drain;
    private volatile boolean running;

    ShutdownDrain(@Value("${motcua.shutdown.drain:0s}") Duration drain) {
        this.drain = drain;
    }

    /** Waits the drain out; tests count the calls instead. */
    void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @Override
    public void start() {
        running = true;
    }

    /** Keeps serving for the drain before the web server stops accepting connections. */
    @Override
    public void stop() {
        running = false;
        if (drain.isZero() || drain.isNegative()) {
            return;
        }
        log.info("Stopping: readiness is down; serving {} more for the load balancer to take this node out", drain);
        try {
            pause(drain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
