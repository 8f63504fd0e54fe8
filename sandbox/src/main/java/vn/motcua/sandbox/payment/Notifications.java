package vn.motcua.sandbox.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the server-to-server notifications on their own threads, so that the citizen's redirect never waits:
 * each is posted as JSON until the merchant answers 2xx with {@code {"ack":true}}, with a doubling wait between
 * attempts, at most {@code sandbox.payment.notify-attempts} times. The controls can have the next ones dropped.
 */
@Component
class Notifications implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_DOUBLINGS = 16;

    private final PaymentProperties properties;
    private final Checksums checksums;
    private final Payments payments;
    private final JsonMapper json;
    private final AtomicInteger toDrop = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, task -> {
        Thread thread = new Thread(task, "paygov-notify");
        thread.setDaemon(true);
        return thread;
    });

    Notifications(PaymentProperties properties, Checksums checksums, Payments payments, JsonMapper json) {
        this.properties = properties;
        this.checksums = checksums;
        this.payments = payments;
        this.json = json;
    }

    /** Tells the merchant a payment's new status, in the background; returns at once. */
    void announce(Payment.Snapshot payment) {
        String notificationId = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("notificationId", notificationId);
        body.put("merchantCode", payment.merchantCode());
        body.put("orderId", payment.orderId());
        body.put("paymentId", payment.paymentId());
        body.put("status", payment.status().name());
        body.put("amount", payment.amount());
        body.put("feeType", payment.feeType().name());
        body.put("transactionId", orEmpty(payment.transactionId()));
        body.put("paidAt", orEmpty(WireTime.format(payment.paidAt())));
        body.put("cancelledAt", orEmpty(WireTime.format(payment.cancelledAt())));
        Notification notification = new Notification(notificationId, payment.status(), payment.notifyUrl(),
                checksums.signed(body));
        payments.notified(payment.paymentId(), notification);
        if (toDrop.getAndUpdate(count -> Math.max(0, count - 1)) > 0) {
            notification.end(Notification.State.DROPPED);
            LOG.info("Dropped the {} notification of order {} as asked", payment.status(), payment.orderId());
            return;
        }
        executor.execute(() -> attempt(notification));
    }

    /** Drops (does not send) the next {@code count} notifications; returns how many will be. */
    int dropNext(int count) {
        toDrop.set(count);
        return count;
    }

    /** Stops the notifications still being sent, e.g. of cleared payments; forgets any pending drop. */
    void abandon(List<Notification> notifications) {
        notifications.forEach(notification -> notification.end(Notification.State.ABANDONED));
        toDrop.set(0);
    }

    private void attempt(Notification notification) {
        if (notification.state() != Notification.State.SENDING) {
            return;
        }
        int number = notification.attempts() + 1;
        Integer status = null;
        String outcome;
        boolean acknowledged = false;
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(notification.url()))
                            .timeout(ANSWER_TIMEOUT)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(notification.body()),
                                    StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status = answer.statusCode();
            acknowledged = status / 100 == 2 && acknowledges(answer.body());
            outcome = acknowledged ? "acknowledged" : status / 100 == 2 ? "no_ack" : "http_error";
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return;
        }
        catch (Exception ex) {
            outcome = "unreachable: " + ex.getClass().getSimpleName();
        }
        boolean last = number >= properties.notifyAttempts();
        notification.attempted(payments.now(), status, outcome, acknowledged ? Notification.State.ACKNOWLEDGED
                : last ? Notification.State.FAILED : Notification.State.SENDING);
        if (!acknowledged && !last) {
            long wait = properties.notifyBackoff().toMillis() << Math.min(number - 1, MAX_DOUBLINGS);
            executor.schedule(() -> attempt(notification), wait, TimeUnit.MILLISECONDS);
        }
        else if (!acknowledged) {
            LOG.warn("Gave up notifying {} after {} attempts", notification.url(), number);
        }
    }

    private boolean acknowledges(String answer) {
        try {
            return Boolean.TRUE.equals(json.readValue(answer, Map.class).get("ack"));
        }
        catch (RuntimeException ex) {
            return false;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
