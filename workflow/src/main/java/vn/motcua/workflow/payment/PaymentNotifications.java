package vn.motcua.workflow.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.motcua.cases.payment.Payments;
import vn.motcua.cases.payment.Settlement;
import vn.motcua.payment.Notification;
import vn.motcua.payment.NotificationRefusedException;
import vn.motcua.workflow.payment.NotificationOutcome.Refusal;

/**
 * The platform's server-to-server notifications: the checksum over the fields is their authentication. A valid
 * notification is settled once and acknowledged, its replays too; a forged checksum, another merchant, an unknown
 * order, a changed amount or a contradiction is refused and changes nothing.
 */
@Service
public class PaymentNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentNotifications.class);

    private final Platforms platforms;
    private final Payments payments;

    PaymentNotifications(Platforms platforms, Payments payments) {
        this.platforms = platforms;
        this.payments = payments;
    }

    /** Reads, verifies and settles a notification as posted ({@code null} or empty body for none). */
    public NotificationOutcome receive(String body) {
        Notification notification;
        try {
            notification = platforms.platform().readNotification(body);
        }
        catch (NotificationRefusedException ex) {
            Refusal refusal = switch (ex.reason()) {
                case MALFORMED -> Refusal.MALFORMED;
                case INVALID_CHECKSUM -> Refusal.INVALID_CHECKSUM;
                case UNKNOWN_MERCHANT -> Refusal.UNKNOWN_MERCHANT;
            };
            return new NotificationOutcome(refusal, ex.getMessage());
        }
        String orderId = notification.report().orderId();
        Settlement settlement = payments.settle(Platforms.toBooks(notification.report()));
        if (!settlement.outcome().accepted()) {
            Refusal refusal = switch (settlement.outcome()) {
                case UNKNOWN_ORDER -> Refusal.UNKNOWN_ORDER;
                case AMOUNT_CHANGED -> Refusal.AMOUNT_CHANGED;
                default -> Refusal.CONFLICT;
            };
            return new NotificationOutcome(refusal, "notification refused: " + settlement.outcome() + ", order "
                    + orderId + ", amount " + notification.report().amountVnd());
        }
        LOG.info("Notification {} of order {}: {}", notification.notificationId(), orderId, settlement.outcome());
        return NotificationOutcome.acknowledged();
    }
}
