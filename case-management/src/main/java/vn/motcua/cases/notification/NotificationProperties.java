package vn.motcua.cases.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sending notifications.
 *
 * @param from          the sender address of e-mails
 * @param portalBaseUrl the portal's address, for links in e-mails
 * @param maxAttempts   attempts to send one e-mail before it stays failed
 * @param retryInterval how often failed e-mails are retried
 */
@ConfigurationProperties("motcua.notification")
public record NotificationProperties(@DefaultValue("motcua@localhost") String from,
        @DefaultValue("http://127.0.0.1:8080") String portalBaseUrl, @DefaultValue("5") int maxAttempts,
        @DefaultValue("1m") Duration retryInterval) {
}
