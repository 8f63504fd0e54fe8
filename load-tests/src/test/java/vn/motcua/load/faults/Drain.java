package vn.motcua.load.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * What a node's graceful stop looks like from outside, watched from just before its SIGTERM: when its readiness
 * probe stopped answering 200, when HAProxy took it out of the rotation, and when its HTTP port stopped accepting
 * connections. A load balancer can only take a node out before it stops accepting if the probe goes down first.
 */
final class Drain {

    private final Instant start = Instant.now();
    private final CompletableFuture<String> watched;
    private volatile Instant notReady;
    private volatile Instant outOfRotation;
    private volatile Instant closed;

    private Drain(Cluster cluster, int node) {
        watched = CompletableFuture.supplyAsync(() -> {
            try {
                Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
                        .until(() -> observe(cluster, node));
            }
            catch (ConditionTimeoutException e) {
                return "its port still accepted connections 90 s after the stop began";
            }
            return String.format(Locale.ROOT, "readiness down %s, out of HAProxy's rotation %s, port closed %s"
                    + " (s after the stop began)", since(notReady), since(outOfRotation), since(closed));
        });
    }

    /** Starts watching a node that is about to be stopped. */
    static Drain watch(Cluster cluster, int node) {
        return new Drain(cluster, node);
    }

    /** What was seen, once the port closed (or 90 s passed). */
    String await() {
        return watched.join();
    }

    private boolean observe(Cluster cluster, int node) {
        Instant now = Instant.now();
        if (notReady == null && !cluster.ready(node)) {
            notReady = now;
        }
        if (outOfRotation == null && !cluster.balancer().getOrDefault("node-" + node, java.util.Map.of())
                .getOrDefault("status", "UP").startsWith("UP")) {
            outOfRotation = now;
        }
        if (closed == null && !cluster.accepting(node)) {
            closed = now;
        }
        return closed != null;
    }

    private String since(Instant moment) {
        return moment == null ? "never" : String.format(Locale.ROOT, "%.1f", Duration.between(start, moment).toMillis()
                / 1000.0);
    }
}
