package vn.motcua.payment;

import java.time.Instant;
import java.util.Optional;

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

    /**
     * Reads a notification the platform posted to the portal.
     *
     * @param body the request body as received ({@code null} or empty for none)
     * @throws NotificationRefusedException if it is unreadable, its checksum is wrong, it is for another merchant or
     *                                      its signed fields cannot be read
     */
    Notification readNotification(String body);

    /** Whether the parameters the citizen came back with carry the platform's checksum over their fields. */
    boolean isSigned(SignedReturn returned);
}
