package vn.motcua.cases.payment;

import java.time.Instant;
import java.util.Optional;

import vn.motcua.cases.procedure.FeeType;

/**
 * The port to the payment platform (PayGov-like). The adapter signs every request and checks every answer's checksum;
 * an answer it cannot trust is a {@link PlatformUnavailableException}, never a report.
 */
public interface PaymentPlatform {

    /**
     * Places an order, or finds the one placed by the same request before (the platform answers the same payment).
     *
     * @throws PlatformUnavailableException if the platform cannot be reached, answers an error or an unsigned answer
     */
    Placed place(Order order);

    /**
     * Asks where an order stands, for reconciliation and to confirm a return.
     *
     * @return the platform's signed answer; empty if the platform does not know the order
     * @throws PlatformUnavailableException if the platform cannot be reached or its answer cannot be trusted
     */
    Optional<Report> query(String orderId);

    /**
     * Gives back the whole amount of a paid order; the same refund id twice refunds once.
     *
     * @throws PlatformUnavailableException if the platform cannot be reached or refuses
     */
    Instant refund(String orderId, String refundId, long amountVnd, String reason);

    /** What the portal asks to be paid; texts free of {@code |}. */
    record Order(String orderId, long amountVnd, FeeType feeType, String description, String returnUrl,
            String notifyUrl) {
    }

    /** The platform took the order: its payment id and where the citizen pays. */
    record Placed(String paymentId, String payUrl) {
    }

    /** What the platform says about an order (from a query, a verified notification or a verified return). */
    record Report(String orderId, String paymentId, PlatformStatus status, long amountVnd, String transactionId,
            Instant paidAt) {
    }

    /** The platform's statuses of an order. */
    enum PlatformStatus {
        PENDING, PAID, CANCELLED, PARTIALLY_REFUNDED, REFUNDED;

        /** Whether the platform took the money (maybe giving some back since). */
        public boolean tookMoney() {
            return this == PAID || this == PARTIALLY_REFUNDED || this == REFUNDED;
        }
    }

    /** The platform cannot be reached or its answer cannot be trusted. */
    class PlatformUnavailableException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public PlatformUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }

        public PlatformUnavailableException(String message) {
            super(message);
        }
    }
}
