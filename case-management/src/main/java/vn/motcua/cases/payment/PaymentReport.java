package vn.motcua.cases.payment;

import java.time.Instant;

/**
 * What the payment platform says about an order, from a message the platform's adapter verified (a signed
 * notification, a signed answer to a query).
 *
 * @param orderId       the portal's order id
 * @param paymentId     the platform's payment id
 * @param state         where the order stands at the platform
 * @param amountVnd     the amount the platform holds for the order
 * @param transactionId the platform's transaction, once paid
 * @param paidAt        when it was paid, {@code null} if the platform does not say
 */
public record PaymentReport(String orderId, String paymentId, State state, long amountVnd, String transactionId,
        Instant paidAt) {

    /** Where an order stands at the platform, as far as the portal's books are concerned. */
    public enum State {
        /** The platform still waits for the citizen. */
        PENDING,
        /** The platform took the money (maybe giving some back since). */
        TOOK_MONEY,
        /** The citizen cancelled. */
        CANCELLED
    }
}
