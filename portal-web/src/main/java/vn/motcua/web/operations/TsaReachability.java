package vn.motcua.web.operations;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether the time-stamping authority can be reached: a TCP connection to its address (no time-stamp is requested, so
 * the authority is not billed nor loaded), remembered for an interval so that frequent health reads cost nothing.
 */
final class TsaReachability implements HealthIndicator {

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    private final URI tsaUrl;
    private final Duration interval;
    private final Clock clock;
    private Health last;
    private Instant checkedAt;

    TsaReachability(URI tsaUrl, Duration interval, Clock clock) {
        this.tsaUrl = tsaUrl;
        this.interval = interval;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(interval))) {
            last = check(now);
            checkedAt = now;
        }
        return last;
    }

    private Health check(Instant now) {
        if (tsaUrl == null || tsaUrl.getHost() == null) {
            return Health.unknown().withDetail("reason", "motcua.documents.tsa-url is not set").build();
        }
        int port = tsaUrl.getPort() != -1 ? tsaUrl.getPort() : "https".equalsIgnoreCase(tsaUrl.getScheme()) ? 443 : 80;
        Health.Builder health;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(tsaUrl.getHost(), port), CONNECT_TIMEOUT_MILLIS);
            health = Health.up();
        } catch (IOException ex) {
            health = Health.down().withDetail("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
        return health.withDetail("address", tsaUrl.getHost() + ":" + port).withDetail("checkedAt", now.toString())
                .build();
    }
}
