package vn.motcua.cases.notification;

import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.motcua.cases.PeriodicJob;

/**
 * Retries failed e-mails every {@code motcua.notification.retry-interval} until {@code max-attempts}, on one
 * node at a time ({@link PeriodicJob}); an e-mail that runs out of attempts stays FAILED with its last error, for an administrator to see.
 */
@Component
class EmailRetrier extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(EmailRetrier.class);
    private static final int BATCH = 50;

    private final Notifications notifications;
    private final Messengers messengers;
    private final NotificationProperties properties;

    EmailRetrier(Notifications notifications, Messengers messengers, NotificationProperties properties) {
        super("email-retrier", properties.retryInterval(), Duration.ofMinutes(10));
        this.notifications = notifications;
        this.messengers = messengers;
        this.properties = properties;
    }

    /** One round over the failed e-mails that have attempts left. */
    void retry() {
        try {
            for (UUID id : notifications.emailsToRetry(properties.maxAttempts(), BATCH)) {
                messengers.deliver(id);
            }
        } catch (RuntimeException e) {
            log.error("Retrying failed e-mails failed; next round in {}", properties.retryInterval(), e);
        }
    }

    @Override
    protected void runRound() {
        retry();
    }
}
