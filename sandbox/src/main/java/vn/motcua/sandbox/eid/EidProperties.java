package vn.motcua.sandbox.eid;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-ID provider ({@code sandbox.eid.*}).
 *
 * @param issuer             the issuer URL; empty to resolve it from each request ({@code http://localhost:{port}})
 * @param portalClientSecret the secret of the registered client {@code motcua-portal}
 * @param portalBaseUrl      base URLs of the portals allowed to log in (redirect and post-logout URIs derive from them)
 * @param mobileRedirectUri  the redirect URI of the public mobile client {@code motcua-mobile} (PKCE)
 * @param demoPassword       the password of every demo account
 * @param lockoutThreshold   failed logins in a row after which an account is locked
 * @param lockoutDuration    how long a locked account stays locked
 * @param addressLimit       failed logins from one address after which the address is refused
 * @param addressWindow      the period over which failures of an address are counted
 */
@ConfigurationProperties("sandbox.eid")
record EidProperties(String issuer, @DefaultValue("motcua-portal-secret") String portalClientSecret,
        @DefaultValue("http://localhost:8080") List<String> portalBaseUrl,
        @DefaultValue("vn.motcua.mobile:/callback") String mobileRedirectUri, @DefaultValue("demo") String demoPassword,
        @DefaultValue("5") int lockoutThreshold, @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("30") int addressLimit, @DefaultValue("10m") Duration addressWindow) {

    /** The portal base URLs without blanks or trailing slashes. */
    List<String> portalBaseUrls() {
        return portalBaseUrl.stream()
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .toList();
    }
}
