package vn.motcua.web.lookup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public lookup ({@code motcua.lookup.*}).
 *
 * @param perMinute how many lookups one client address may make per minute
 * @param addresses how many client addresses the limiter remembers at once (the least recently seen are forgotten)
 */
@ConfigurationProperties("motcua.lookup")
record LookupProperties(@DefaultValue("10") int perMinute, @DefaultValue("100000") int addresses) {

    LookupProperties {
        if (perMinute < 1 || addresses < 1) {
            throw new IllegalArgumentException("motcua.lookup.per-minute and .addresses must be positive");
        }
    }
}
