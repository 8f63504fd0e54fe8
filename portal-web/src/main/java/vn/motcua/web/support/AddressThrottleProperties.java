package vn.motcua.web.support;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public pages that answer anyone: the lookup and the verification of an uploaded document
 * ({@code motcua.lookup.*}; each page has its own allowance), counted in PostgreSQL for all nodes.
 *
 * @param perMinute     how many requests one client address may make to each such page per minute
 * @param addresses     how many client addresses a node keeps a bucket handle for at once (the least recently seen are
 *                      forgotten; their counts stay in the database)
 * @param sweepInterval how often the rows of buckets full again are deleted; 0 switches the sweep off
 */
@ConfigurationProperties("motcua.lookup")
public record AddressThrottleProperties(@DefaultValue("10") int perMinute, @DefaultValue("100000") int addresses,
        @DefaultValue("10m") Duration sweepInterval) {

    public AddressThrottleProperties {
        if (perMinute < 1 || addresses < 1) {
            throw new IllegalArgumentException("motcua.lookup.per-minute and .addresses must be positive");
        }
    }
}
