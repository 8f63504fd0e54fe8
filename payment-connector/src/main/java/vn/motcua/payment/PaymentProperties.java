package vn.motcua.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The payment platform and the portal's account there ({@code motcua.payment.*}).
 *
 * @param baseUrl      the platform's address; its API is under {@code /paygov/api}
 * @param merchantCode the portal's merchant code
 * @param secret       the secret shared with the platform, the key of every checksum
 * @param timeout      how long a call to the platform may take
 */
@ConfigurationProperties("motcua.payment")
public record PaymentProperties(String baseUrl, @DefaultValue("MOTCUA") String merchantCode, String secret,
        @DefaultValue("10s") Duration timeout) {

    public PaymentProperties {
        if (!StringUtils.hasText(baseUrl) || !StringUtils.hasText(merchantCode) || !StringUtils.hasText(secret)) {
            throw new IllegalArgumentException("motcua.payment.base-url, .merchant-code and .secret must be set");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
