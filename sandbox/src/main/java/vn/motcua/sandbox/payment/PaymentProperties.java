package vn.motcua.sandbox.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the payment platform stand-in ({@code sandbox.payment.*}): its one merchant, the portal.
 *
 * @param merchantCode   the code of the merchant allowed to create payments
 * @param secret         the secret shared with that merchant, the key of every checksum
 * @param notifyUrl      where notifications go; empty to take the {@code notifyUrl} of each payment request
 * @param notifyAttempts how many times a notification is sent before it is given up
 * @param notifyBackoff  the wait before the second attempt, doubled before each further one
 */
@ConfigurationProperties("sandbox.payment")
record PaymentProperties(@DefaultValue("MOTCUA") String merchantCode,
        @DefaultValue("paygov-demo-secret") String secret, String notifyUrl, @DefaultValue("5") int notifyAttempts,
        @DefaultValue("2s") Duration notifyBackoff) {

    PaymentProperties {
        if (!StringUtils.hasText(merchantCode) || !StringUtils.hasText(secret)) {
            throw new IllegalArgumentException("sandbox.payment.merchant-code and .secret must not be empty");
        }
        if (notifyAttempts < 1 || notifyBackoff.isNegative()) {
            throw new IllegalArgumentException("sandbox.payment.notify-attempts must be positive, the backoff not negative");
        }
    }

    /** Whether notifications go to one configured URL rather than to each payment's own. */
    boolean fixedNotifyUrl() {
        return StringUtils.hasText(notifyUrl);
    }
}
