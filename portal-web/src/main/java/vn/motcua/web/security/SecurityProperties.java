package vn.motcua.web.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Session and API settings ({@code motcua.security.*}); the idle timeout is {@code server.servlet.session.timeout}.
 *
 * @param absoluteTimeout how long a login lasts at most, however active the user is
 * @param apiAudience     the client id that API access tokens must be issued to (the mobile app)
 */
@ConfigurationProperties("motcua.security")
record SecurityProperties(@DefaultValue("8h") Duration absoluteTimeout,
        @DefaultValue("motcua-mobile") String apiAudience) {
}
