package vn.motcua.web.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The payment platform and the portal's account there ({@code motcua.payment.*}).
 *
 * @param baseUrl            the platform's address; its API is under {@code /paygov/api}
 * @param merchantCode       the portal's merchant code
 * @param secret             the secret shared with the platform, the key of every checksum
 * @param notifyBaseUrl      the portal's address as the platform reaches it, for notifications; empty to take the
 *                           address the citizen's browser used
 * @param timeout            how long a call to the platform may take
 * @param reconcileAfter     how long a payment stays pending before reconciliation asks the platform about it
 * @param reconcileInterval  how often reconciliation runs; zero switches it off
 */
@ConfigurationProperties("motcua.payment")
record PaymentProperties(String baseUrl, @DefaultValue("MOTCUA") String merchantCode, String secret,
        String notifyBaseUrl, @DefaultValue("10s") Duration timeout, @DefaultValue("10m") Duration reconcileAfter,
        @DefaultValue("1m") Duration reconcileInterval) {

    PaymentProperties {
        if (!StringUtils.hasText(baseUrl) || !StringUtils.hasText(merchantCode) || !StringUtils.hasText(secret)) {
            throw new IllegalArgumentException("motcua.payment.base-url, .merchant-code and .secret must be set");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
