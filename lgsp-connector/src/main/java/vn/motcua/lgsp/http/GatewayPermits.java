package vn.motcua.lgsp.http;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import vn.motcua.lgsp.LgspProperties;

/**
 * The portal's calls per second to the gateway, one Resilience4j rate limiter for every caller. A call someone waits
 * for on screen waits for its turn at most {@code max-wait}, background work at most {@code background-wait}; both
 * take their call from the same limit, so background work slows down under load but never makes more calls.
 */
final class GatewayPermits {

    /** The shortest pause between two tries, so that a waiter never spins while another one takes the free call. */
    private static final long MIN_PAUSE_NANOS = Duration.ofMillis(1).toNanos();

    private final AtomicRateLimiter limiter;
    private final Duration maxWait;
    private final Duration backgroundWait;

    GatewayPermits(LgspProperties.RateLimit limit) {
        // The limiter itself never waits: each caller waits here, for as long as it may.
        this.limiter = new AtomicRateLimiter("lgsp", RateLimiterConfig.custom()
                .limitForPeriod(limit.callsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
        this.maxWait = limit.maxWait();
        this.backgroundWait = limit.backgroundWait();
    }

    /**
     * Takes one call, waiting for it while the limit is reached for up to the caller's wait.
     *
     * @param background whether background work asks
     * @throws RequestNotPermitted when no call became free in time
     */
    void take(boolean background) {
        long deadline = System.nanoTime() + (background ? backgroundWait : maxWait).toNanos();
        while (!limiter.acquirePermission()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw RequestNotPermitted.createRequestNotPermitted(limiter);
            }
            long untilNextCall = Math.max(limiter.getDetailedMetrics().getNanosToWait(), MIN_PAUSE_NANOS);
            LockSupport.parkNanos(Math.min(left, untilNextCall));
            if (Thread.currentThread().isInterrupted()) {
                throw RequestNotPermitted.createRequestNotPermitted(limiter);
            }
        }
    }
}
