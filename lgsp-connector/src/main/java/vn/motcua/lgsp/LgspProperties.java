package vn.motcua.lgsp;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the LGSP gateway is and how the portal authenticates to it.
 *
 * @param baseUrl      root of the gateway, e.g. {@code http://localhost:9000/lgsp}; the token endpoint is
 *                     {@code {baseUrl}/token}, the APIs are under {@code {baseUrl}/api}
 * @param clientId     the portal's client id at the gateway
 * @param clientSecret the portal's client secret at the gateway
 * @param timeout      connect and read timeout of every call (default 5 s)
 */
@ConfigurationProperties("motcua.lgsp")
public record LgspProperties(URI baseUrl, String clientId, String clientSecret, @DefaultValue("5s") Duration timeout) {

    /**
     * Checks the settings, so that a missing one stops the application at start rather than at the first call.
     *
     * @throws IllegalArgumentException if a setting is missing or the timeout is not positive
     */
    public LgspProperties {
        if (baseUrl == null) {
            throw new IllegalArgumentException("motcua.lgsp.base-url is required");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("motcua.lgsp.client-id is required");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("motcua.lgsp.client-secret is required");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("motcua.lgsp.timeout must be positive");
        }
    }

    /** Shows the settings without the secret. */
    @Override
    public String toString() {
        return "LgspProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=***, timeout="
                + timeout + "]";
    }
}
