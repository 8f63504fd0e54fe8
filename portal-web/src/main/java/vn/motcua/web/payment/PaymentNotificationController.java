package vn.motcua.web.payment;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.audit.SecurityEvent;
import vn.motcua.cases.payment.PaymentPlatform.PlatformUnavailableException;
import vn.motcua.cases.payment.PaymentPlatform.Report;
import vn.motcua.cases.payment.Payments;
import vn.motcua.cases.payment.Settlement;
import vn.motcua.web.security.SecurityAuditing;

/**
 * The platform's server-to-server notifications ({@value #PATH}): public and without CSRF token, since the checksum
 * over the fields is the authentication. A valid notification is settled once and acknowledged with
 * {@code {"ack":true}}, its replays too; a forged checksum, another merchant, an unknown order, a changed amount or a
 * contradiction is refused (4xx, nothing changes) and written to the security audit.
 */
@RestController
class PaymentNotificationController {

    static final String PATH = "/payment/notifications";

    private static final Logger LOG = LoggerFactory.getLogger(PaymentNotificationController.class);

    private final PayGovClient platform;
    private final Payments payments;
    private final SecurityAuditing auditing;

    PaymentNotificationController(PayGovClient platform, Payments payments, SecurityAuditing auditing) {
        this.platform = platform;
        this.payments = payments;
        this.auditing = auditing;
    }

    @PostMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> notify(@RequestBody(required = false) String body, HttpServletRequest request) {
        Map<String, Object> fields;
        try {
            fields = platform.read(body == null ? "" : body);
        }
        catch (PlatformUnavailableException ex) {
            return refuse(request, HttpStatus.BAD_REQUEST, "malformed", "unreadable notification");
        }
        String orderId = PayGovClient.text(fields, "orderId");
        if (!platform.checksums().matches(PayGovClient.text(fields, "checksum"),
                PayGovClient.text(fields, "notificationId"), PayGovClient.text(fields, "merchantCode"), orderId,
                PayGovClient.text(fields, "paymentId"), PayGovClient.text(fields, "status"),
                PayGovClient.text(fields, "amount"), PayGovClient.text(fields, "feeType"),
                PayGovClient.text(fields, "transactionId"), PayGovClient.text(fields, "paidAt"),
                PayGovClient.text(fields, "cancelledAt"))) {
            return refuse(request, HttpStatus.UNAUTHORIZED, "invalid_checksum",
                    "notification with a forged checksum, order " + orderId);
        }
        if (!platform.properties().merchantCode().equals(PayGovClient.text(fields, "merchantCode"))) {
            return refuse(request, HttpStatus.UNAUTHORIZED, "unknown_merchant", "notification for another merchant");
        }
        Report report;
        try {
            report = PayGovClient.report(fields);
        }
        catch (PlatformUnavailableException ex) {
            return refuse(request, HttpStatus.BAD_REQUEST, "malformed", "signed notification with bad fields");
        }
        Settlement settlement = payments.settle(report);
        if (!settlement.outcome().accepted()) {
            HttpStatus status = settlement.outcome() == Settlement.Outcome.UNKNOWN_ORDER ? HttpStatus.NOT_FOUND
                    : HttpStatus.CONFLICT;
            return refuse(request, status, settlement.outcome().name().toLowerCase(),
                    "notification refused: " + settlement.outcome() + ", order " + orderId + ", amount "
                            + report.amountVnd());
        }
        LOG.info("Notification {} of order {}: {}", PayGovClient.text(fields, "notificationId"), orderId,
                settlement.outcome());
        return ResponseEntity.ok(Map.of("ack", true));
    }

    private ResponseEntity<Map<String, Object>> refuse(HttpServletRequest request, HttpStatus status, String error,
            String detail) {
        auditing.record(SecurityEvent.Kind.PAYMENT_REFUSED, request, detail);
        return ResponseEntity.status(status).body(Map.of("ack", false, "error", error));
    }
}
