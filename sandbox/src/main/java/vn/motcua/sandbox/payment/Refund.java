package vn.motcua.sandbox.payment;

import java.time.Instant;

/** Money given back on a paid payment, once per refund id. */
record Refund(String refundId, String orderId, long amount, String reason, Instant refundedAt) {

    /** Whether a repeated request asks for this very refund. */
    boolean sameAs(String otherOrderId, long otherAmount, String otherReason) {
        return orderId.equals(otherOrderId) && amount == otherAmount && reason.equals(otherReason);
    }
}
