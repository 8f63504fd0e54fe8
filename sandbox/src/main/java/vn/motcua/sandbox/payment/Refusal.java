package vn.motcua.sandbox.payment;

/** A request the platform will not carry out because of the state of the payment it names. */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, as the error code of the API answer. */
    enum Reason {
        ORDER_CONFLICT("order_conflict"), NOT_PAID("not_paid"), REFUND_CONFLICT("refund_conflict"),
        REFUND_EXCEEDS_PAID("refund_exceeds_paid_amount");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    private final Reason reason;

    Refusal(Reason reason) {
        super(reason.code(), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
