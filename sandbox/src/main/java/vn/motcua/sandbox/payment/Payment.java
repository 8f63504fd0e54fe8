package vn.motcua.sandbox.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One payment of the platform: created pending, then paid or cancelled once by the citizen; a paid one can be
 * refunded up to its amount. It guards these transitions; {@link Payments} serialises access to it.
 */
final class Payment {

    /** A payment as it stands at one moment, safe to show or send. */
    record Snapshot(String paymentId, String merchantCode, String orderId, long amount, FeeType feeType,
            String description, String returnUrl, String notifyUrl, PaymentStatus status, String bank,
            String transactionId, Instant createdAt, Instant paidAt, Instant cancelledAt, long refundedAmount,
            List<Refund> refunds, List<Notification.View> notifications) {
    }

    private final String paymentId;
    private final Order order;
    private final String notifyUrl;
    private final Instant createdAt;
    private final List<Refund> refunds = new ArrayList<>();
    private final List<Notification> notifications = new ArrayList<>();
    private PaymentStatus status = PaymentStatus.PENDING;
    private String bank;
    private String transactionId;
    private Instant paidAt;
    private Instant cancelledAt;

    Payment(String paymentId, Order order, String notifyUrl, Instant createdAt) {
        this.paymentId = paymentId;
        this.order = order;
        this.notifyUrl = notifyUrl;
        this.createdAt = createdAt;
    }

    String paymentId() {
        return paymentId;
    }

    Order order() {
        return order;
    }

    /** Marks a pending payment paid through a bank; tells whether it was pending. */
    boolean pay(String bankCode, String transaction, Instant at) {
        if (status != PaymentStatus.PENDING) {
            return false;
        }
        status = PaymentStatus.PAID;
        bank = bankCode;
        transactionId = transaction;
        paidAt = at;
        return true;
    }

    /** Marks a pending payment cancelled by the citizen; tells whether it was pending. */
    boolean cancel(Instant at) {
        if (status != PaymentStatus.PENDING) {
            return false;
        }
        status = PaymentStatus.CANCELLED;
        cancelledAt = at;
        return true;
    }

    /**
     * Gives money back on a paid payment.
     *
     * @throws Refusal when the payment was never paid or the refunds would exceed what was paid
     */
    void refund(Refund refund) {
        if (!status.paid()) {
            throw new Refusal(Refusal.Reason.NOT_PAID);
        }
        long refunded = refundedAmount() + refund.amount();
        if (refunded > order.amount()) {
            throw new Refusal(Refusal.Reason.REFUND_EXCEEDS_PAID);
        }
        refunds.add(refund);
        status = refunded == order.amount() ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
    }

    void notified(Notification notification) {
        notifications.add(notification);
    }

    List<Notification> notifications() {
        return List.copyOf(notifications);
    }

    long refundedAmount() {
        return refunds.stream().mapToLong(Refund::amount).sum();
    }

    Snapshot snapshot() {
        return new Snapshot(paymentId, order.merchantCode(), order.orderId(), order.amount(), order.feeType(),
                order.description(), order.returnUrl(), notifyUrl, status, bank, transactionId, createdAt, paidAt,
                cancelledAt, refundedAmount(), List.copyOf(refunds),
                notifications.stream().map(Notification::view).toList());
    }
}
