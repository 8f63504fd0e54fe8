package vn.motcua.payment;

import java.time.Instant;

/** What the platform says about an order (from a query, a verified notification or a verified return). */
public record Report(String orderId, String paymentId, PlatformStatus status, long amountVnd, String transactionId,
        Instant paidAt) {
}
