package vn.motcua.sandbox.eid;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-ID provider ({@code sandbox.eid.*}).
 *
 * @param issuer             the issuer URL; empty to resolve it from each request ({@code http://localhost:{port}})
 * @param portalClientSecret the secret of the registered client {@code motcua-portal}
 * @param portalBaseUrl      base URLs of the portals allowed to log in (redirect and post-logout URIs derive from them)
 * @param demoPassword       the password of every demo account
 */
@ConfigurationProperties("sandbox.eid")
record EidProperties(String issuer, @DefaultValue("motcua-portal-secret") String portalClientSecret,
        @DefaultValue("http://localhost:8080") List<String> portalBaseUrl, @DefaultValue("demo") String demoPassword) {

    /** The portal base URLs without blanks or trailing slashes. */
    List<String> portalBaseUrls() {
        return portalBaseUrl.stream()
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .toList();
    }
}
