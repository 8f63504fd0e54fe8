package vn.motcua.cases.payment;

/** An online payment cannot be started for a dossier, e.g. because it does not wait for its fee. */
public class PaymentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        NOT_AWAITING_FEE, NOTHING_TO_PAY, PLATFORM_UNAVAILABLE
    }

    private final Reason reason;

    public PaymentRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
