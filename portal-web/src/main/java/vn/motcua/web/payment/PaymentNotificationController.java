package vn.motcua.web.payment;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.web.security.SecurityAuditing;
import vn.motcua.workflow.payment.NotificationOutcome;
import vn.motcua.workflow.payment.PaymentNotifications;

/**
 * The platform's server-to-server notifications ({@value #PATH}): public and without CSRF token, since the checksum
 * over the fields is the authentication. A valid notification is settled once and acknowledged with
 * {@code {"ack":true}}, its replays too; a forged checksum, another merchant, an unknown order, a changed amount or a
 * contradiction is refused (4xx, nothing changes) and written to the security audit. Each is counted by outcome
 * ({@code motcua.payment.notifications}: {@code accepted} or the refusal's code).
 */
@RestController
class PaymentNotificationController {

    static final String PATH = "/payment/notifications";

    private final PaymentNotifications notifications;
    private final SecurityAuditing auditing;
    private final MeterRegistry meters;

    PaymentNotificationController(PaymentNotifications notifications, SecurityAuditing auditing, MeterRegistry meters) {
        this.notifications = notifications;
        this.auditing = auditing;
        this.meters = meters;
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> notify(@RequestBody(required = false) String body, HttpServletRequest request) {
        NotificationOutcome outcome = notifications.receive(body);
        meters.counter("motcua.payment.notifications", "outcome",
                outcome.accepted() ? "accepted" : outcome.refusal().code()).increment();
        if (outcome.accepted()) {
            return ResponseEntity.ok(Map.of("ack", true));
        }
        HttpStatus status = switch (outcome.refusal()) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case INVALID_CHECKSUM, UNKNOWN_MERCHANT -> HttpStatus.UNAUTHORIZED;
            case UNKNOWN_ORDER -> HttpStatus.NOT_FOUND;
            case AMOUNT_CHANGED, CONFLICT -> HttpStatus.CONFLICT;
        };
        auditing.record(SecurityEvent.Kind.PAYMENT_REFUSED, request, outcome.detail());
        return ResponseEntity.status(status).body(Map.of("ack", false, "error", outcome.refusal().code()));
    }
}
