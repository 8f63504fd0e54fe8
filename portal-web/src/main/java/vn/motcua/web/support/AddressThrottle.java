package vn.motcua.web.support;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

/**
 * One Resilience4j rate limiter per page and client address, kept in a bounded cache: a client that guesses dossier
 * codes and digits, or sends file after file to be verified, gets {@code per-minute} answers, then waits for the next
 * minute. The allowance lives in this node's memory.
 */
@Component
@EnableConfigurationProperties(AddressThrottleProperties.class)
public class AddressThrottle {

    public static final Duration PERIOD = Duration.ofMinutes(1);

    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters;
    private final int perMinute;

    AddressThrottle(AddressThrottleProperties properties) {
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

    /** Takes one request from the address's allowance for the page; {@code false} when it has none left this minute. */
    public boolean allow(String page, String address) {
        return limiters.get(page + " " + address, key -> RateLimiter.of(key, config)).acquirePermission();
    }

    public int perMinute() {
        return perMinute;
    }
}
