package vn.motcua.sandbox.payment;

/** Where a payment stands: waiting for the citizen, then paid or cancelled; a paid one may be refunded. */
enum PaymentStatus {
    PENDING, PAID, CANCELLED, PARTIALLY_REFUNDED, REFUNDED;

    /** Whether the citizen paid it (refunded or not). */
    boolean paid() {
        return this == PAID || this == PARTIALLY_REFUNDED || this == REFUNDED;
    }
}
