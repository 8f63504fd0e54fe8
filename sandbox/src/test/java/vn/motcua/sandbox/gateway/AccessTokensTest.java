package vn.motcua.sandbox.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class AccessTokensTest {

    @Test
    void tokenIsActiveUntilItsLifetimeEnds() {
        MovingClock clock = new MovingClock();
        AccessTokens tokens = new AccessTokens(clock, Duration.ofSeconds(300));
        String token = tokens.issue();

        clock.now = clock.now.plusSeconds(299);
        assertThat(tokens.isActive(token)).isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThat(tokens.isActive(token)).isFalse();
        assertThat(tokens.isActive(null)).isFalse();
        assertThat(tokens.issue()).isNotEqualTo(token);
    }

    static final class MovingClock extends Clock {

        Instant now = Instant.parse("2025-11-26T08:00:00Z");

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
