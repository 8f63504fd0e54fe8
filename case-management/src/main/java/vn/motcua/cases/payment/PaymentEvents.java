package vn.motcua.cases.payment;

import java.time.Instant;
import java.util.UUID;

/** Events of online payments. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    /** The platform took the money of a payment; its electronic receipt is issued after commit. */
    public record Paid(UUID paymentId, UUID dossierId, String orderId, long amountVnd, String transactionId,
            Instant at) {
    }

    /** A payment was taken for a dossier that no longer waited for its fee; it is refunded after commit. */
    public record Unclaimed(UUID paymentId, UUID dossierId, String orderId) {
    }

    /** A paid payment was given back. */
    public record Refunded(UUID paymentId, UUID dossierId, String orderId, long amountVnd, Instant at) {
    }
}
