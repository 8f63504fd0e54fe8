package vn.motcua.sandbox.payment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.springframework.stereotype.Component;

/**
 * The platform's payments in memory: one per merchant and order id, each refund id once. Every change goes through
 * here, one at a time, so that an order is paid, cancelled or refunded at most once however many requests race.
 */
@Component
class Payments {

    /** The answer to a create request: the payment, and whether this request created it. */
    record Created(Payment.Snapshot payment, boolean created) {
    }

    /** The citizen's decision on the hosted page: the payment after it, and whether it changed the payment. */
    record Settled(Payment.Snapshot payment, boolean changed) {
    }

    /** The answer to a refund request: the refund, the payment after it, and whether this request made it. */
    record Refunded(Refund refund, Payment.Snapshot payment, boolean created) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.system(WireTime.VIETNAM);
    private final Map<String, Payment> byId = new LinkedHashMap<>();
    private final Map<String, Payment> byOrder = new HashMap<>();
    private final Map<String, Refund> refunds = new HashMap<>();

    Instant now() {
        return clock.instant();
    }

    /**
     * Creates the payment of an order, or finds the one created by the same request before.
     *
     * @throws Refusal when the order id is taken by a payment with other fields
     */
    synchronized Created create(Order order, String notifyUrl) {
        Payment existing = byOrder.get(orderKey(order.merchantCode(), order.orderId()));
        if (existing != null) {
            if (!existing.order().sameAs(order)) {
                throw new Refusal(Refusal.Reason.ORDER_CONFLICT);
            }
            return new Created(existing.snapshot(), false);
        }
        Payment payment = new Payment(newId("PG"), order, notifyUrl, now());
        byId.put(payment.paymentId(), payment);
        byOrder.put(orderKey(order.merchantCode(), order.orderId()), payment);
        return new Created(payment.snapshot(), true);
    }

    synchronized Optional<Payment.Snapshot> byPaymentId(String paymentId) {
        return Optional.ofNullable(byId.get(paymentId)).map(Payment::snapshot);
    }

    synchronized Optional<Payment.Snapshot> byOrder(String merchantCode, String orderId) {
        return Optional.ofNullable(byOrder.get(orderKey(merchantCode, orderId))).map(Payment::snapshot);
    }

    /** Pays a pending payment through a bank (or QR); empty when there is no such payment. */
    synchronized Optional<Settled> pay(String paymentId, String bank) {
        String transactionId = "GD" + WireTime.format(now()) + String.format("%06d", random.nextInt(1_000_000));
        return settle(paymentId, (payment, at) -> payment.pay(bank, transactionId, at));
    }

    /** Cancels a pending payment; empty when there is no such payment. */
    synchronized Optional<Settled> cancel(String paymentId) {
        return settle(paymentId, Payment::cancel);
    }

    private Optional<Settled> settle(String paymentId, BiFunction<Payment, Instant, Boolean> decision) {
        Payment payment = byId.get(paymentId);
        if (payment == null) {
            return Optional.empty();
        }
        boolean changed = decision.apply(payment, now());
        return Optional.of(new Settled(payment.snapshot(), changed));
    }

    /**
     * Refunds part or all of a paid payment, or finds the refund made by the same request before; empty when the
     * merchant has no such order.
     *
     * @throws Refusal when the refund id was used with other fields, the payment is not paid, or the refunds would
     *                 exceed what was paid
     */
    synchronized Optional<Refunded> refund(String merchantCode, String orderId, String refundId, long amount,
            String reason) {
        Payment payment = byOrder.get(orderKey(merchantCode, orderId));
        if (payment == null) {
            return Optional.empty();
        }
        Refund earlier = refunds.get(orderKey(merchantCode, refundId));
        if (earlier != null) {
            if (!earlier.sameAs(orderId, amount, reason)) {
                throw new Refusal(Refusal.Reason.REFUND_CONFLICT);
            }
            return Optional.of(new Refunded(earlier, payment.snapshot(), false));
        }
        Refund refund = new Refund(refundId, orderId, amount, reason, now());
        payment.refund(refund);
        refunds.put(orderKey(merchantCode, refundId), refund);
        return Optional.of(new Refunded(refund, payment.snapshot(), true));
    }

    /** Keeps a notification with its payment, for the controls. */
    synchronized void notified(String paymentId, Notification notification) {
        Payment payment = byId.get(paymentId);
        if (payment != null) {
            payment.notified(notification);
        }
    }

    synchronized List<Payment.Snapshot> all() {
        return byId.values().stream().map(Payment::snapshot).toList();
    }

    /** Forgets every payment and refund; returns their notifications, so that pending ones can be stopped. */
    synchronized List<Notification> clear() {
        List<Notification> notifications = new ArrayList<>();
        byId.values().forEach(payment -> notifications.addAll(payment.notifications()));
        byId.clear();
        byOrder.clear();
        refunds.clear();
        return notifications;
    }

    private String newId(String prefix) {
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        return prefix + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static String orderKey(String merchantCode, String id) {
        return merchantCode + "|" + id;
    }
}
