package vn.motcua.sandbox.payment;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.CallJournal;
import vn.motcua.sandbox.api.RequestChecks;

/**
 * Controls of the payment platform for tests and the demo: {@code GET /sandbox/payment/payments} lists every payment
 * with its refunds and notification attempts, {@code DELETE} forgets them; {@code POST
 * /sandbox/payment/notifications/drop} with {@code {"count":n}} drops (does not send) the next n notifications, so
 * that the merchant's reconciliation has something to settle; {@code GET /sandbox/payment/requests} lists the last calls
 * of the merchant API with the {@code traceparent} each came with, {@code DELETE} forgets them.
 */
@RestController
@RequestMapping("/sandbox/payment")
class PaymentControls {

    private final Payments payments;
    private final Notifications notifications;
    private final CallJournal calls;

    PaymentControls(Payments payments, Notifications notifications,
            @Qualifier(PaymentCallJournal.NAME) CallJournal calls) {
        this.payments = payments;
        this.notifications = notifications;
        this.calls = calls;
    }

    record DropRequest(Integer count) {
    }

    @GetMapping("/payments")
    List<Payment.Snapshot> list() {
        return payments.all();
    }

    @DeleteMapping("/payments")
    ResponseEntity<Void> clear() {
        notifications.abandon(payments.clear());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/requests")
    List<CallJournal.Entry> requests() {
        return calls.entries();
    }

    @DeleteMapping("/requests")
    ResponseEntity<Void> forgetRequests() {
        calls.clear();
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/notifications/drop")
    Map<String, Integer> drop(@RequestBody DropRequest request) {
        if (request.count() == null || request.count() < 0) {
            throw RequestChecks.invalid("count");
        }
        return Map.of("dropNext", notifications.dropNext(request.count()));
    }
}
