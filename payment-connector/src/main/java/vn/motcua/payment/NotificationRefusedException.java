package vn.motcua.payment;

/** A posted notification that is not the platform's: unreadable, forged, for another merchant or with bad fields. */
public class NotificationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** Not JSON, or signed fields the portal cannot read (unknown status, amount not a number). */
        MALFORMED,
        /** The checksum is not the one of the fields. */
        INVALID_CHECKSUM,
        /** Signed for another merchant. */
        UNKNOWN_MERCHANT
    }

    private final Reason reason;
    private final String orderId;

    public NotificationRefusedException(Reason reason, String orderId, String message) {
        super(message);
        this.reason = reason;
        this.orderId = orderId;
    }

    public Reason reason() {
        return reason;
    }

    /** The order the notification names, as sent; empty if it names none. */
    public String orderId() {
        return orderId;
    }
}
