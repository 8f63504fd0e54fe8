package vn.motcua.sandbox.eid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoginGuardTest {

    private final MovableClock clock = new MovableClock();
    private final LoginGuard guard = new LoginGuard(new EidProperties(null, "secret", List.of("http://localhost:8080"),
            "app:/cb", "demo", 3, Duration.ofMinutes(15), 5, Duration.ofMinutes(10)), clock);

    @Test
    void anAccountIsLockedAfterThreeFailuresInARowUntilTheLockEnds() {
        guard.failed("an", "10.0.0.1");
        guard.failed("an", "10.0.0.2");
        assertThat(guard.locked("an")).isFalse();

        clock.advance(Duration.ofMinutes(5));
        guard.failed("an", "10.0.0.3");
        assertThat(guard.locked("an")).isTrue();
        assertThat(guard.locked("bich")).isFalse();

        clock.advance(Duration.ofMinutes(14));
        assertThat(guard.locked("an")).as("the lock runs from the third failure").isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(guard.locked("an")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        guard.failed("an", "10.0.0.1");
        guard.failed("an", "10.0.0.1");
        guard.succeeded("an");
        guard.failed("an", "10.0.0.1");

        assertThat(guard.locked("an")).isFalse();
    }

    @Test
    void anAddressIsThrottledAfterFiveFailuresWithinItsWindow() {
        for (int i = 0; i < 4; i++) {
            guard.failed("user" + i, "10.0.0.9");
        }
        assertThat(guard.throttled("10.0.0.9")).isFalse();

        guard.failed("user4", "10.0.0.9");
        assertThat(guard.throttled("10.0.0.9")).isTrue();
        assertThat(guard.throttled("10.0.0.8")).isFalse();

        clock.advance(Duration.ofMinutes(10));
        assertThat(guard.throttled("10.0.0.9")).isFalse();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-26T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
