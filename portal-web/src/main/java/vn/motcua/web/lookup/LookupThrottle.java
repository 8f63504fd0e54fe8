package vn.motcua.web.lookup;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * One Resilience4j rate limiter per client address, kept in a bounded cache: a client that guesses dossier codes and
 * digits gets {@code per-minute} answers, then waits for the next minute.
 */
@Component
@EnableConfigurationProperties(LookupProperties.class)
class LookupThrottle {

    static final Duration PERIOD = Duration.ofMinutes(1);

    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters;
    private final int perMinute;

    LookupThrottle(LookupProperties properties) {
        this.perMinute = properties.perMinute();
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(properties.perMinute())
                .limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO)
                .build();
        // An address unseen for longer than a period has its whole allowance back anyway, so it can be forgotten.
        this.limiters = Caffeine.newBuilder()
                .maximumSize(properties.addresses())
                .expireAfterAccess(PERIOD.multipliedBy(2))
                .build();
    }

    /** Takes one lookup from the address's allowance; {@code false} when it has none left this minute. */
    boolean allow(String address) {
        return limiters.get(address, key -> RateLimiter.of("lookup-" + key, config)).acquirePermission();
    }

    int perMinute() {
        return perMinute;
    }
}
