package vn.motcua.cases.notification;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Retries failed e-mails every {@code motcua.notification.retry-interval} until {@code max-attempts}, on its own
 * thread; an e-mail that runs out of attempts stays FAILED with its last error, for an administrator to see.
 */
@Component
class EmailRetrier implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmailRetrier.class);
    private static final int BATCH = 50;

    private final Notifications notifications;
    private final Messengers messengers;
    private final NotificationProperties properties;
    private ScheduledExecutorService scheduler;

    EmailRetrier(Notifications notifications, Messengers messengers, NotificationProperties properties) {
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
    public synchronized void start() {
        long every = properties.retryInterval().toMillis();
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "email-retrier");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::retry, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
