package vn.motcua.workflow.payment;

import java.util.Locale;

/**
 * What became of a notification the platform posted.
 *
 * @param refusal why it was refused; {@code null} when it was settled (or repeats what was settled) and is acknowledged
 * @param detail  what the security audit records of a refusal; {@code null} when acknowledged
 */
public record NotificationOutcome(Refusal refusal, String detail) {

    /** Why a notification is refused. */
    public enum Refusal {
        /** Unreadable, or signed fields the portal cannot read. */
        MALFORMED,
        /** Its checksum is not the one of its fields. */
        INVALID_CHECKSUM,
        /** Signed for another merchant. */
        UNKNOWN_MERCHANT,
        /** No payment of the portal has the order id. */
        UNKNOWN_ORDER,
        /** The amount is not the one of the order. */
        AMOUNT_CHANGED,
        /** It contradicts the books. */
        CONFLICT;

        /** The error code answered to the platform. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static NotificationOutcome acknowledged() {
        return new NotificationOutcome(null, null);
    }

    /** Whether the notification is acknowledged. */
    public boolean accepted() {
        return refusal == null;
    }
}
