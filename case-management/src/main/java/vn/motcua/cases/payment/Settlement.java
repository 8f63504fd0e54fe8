package vn.motcua.cases.payment;

/**
 * What a report of the platform (notification, query answer or verified return) did to the portal's books.
 *
 * @param outcome what happened
 * @param payment the payment as it stands after it, {@code null} for an unknown order
 */
public record Settlement(Outcome outcome, Payment payment) {

    /** What happened. */
    public enum Outcome {
        /** The payment was recorded as paid now, and the dossier's fee with it. */
        RECORDED(true),
        /** The report repeats what the books hold already (a replay, or the second of notification and return). */
        ALREADY_SETTLED(true),
        /** The citizen cancelled; recorded now. */
        CANCELLED(true),
        /** The platform still waits for the citizen. */
        STILL_PENDING(true),
        /** No payment of the portal has the order id. */
        UNKNOWN_ORDER(false),
        /** The reported amount is not the one of the order. */
        AMOUNT_CHANGED(false),
        /** The report contradicts the books (another platform payment id or transaction, paid after cancelled). */
        CONFLICT(false);

        private final boolean accepted;

        Outcome(boolean accepted) {
            this.accepted = accepted;
        }

        /** Whether the report was consistent with the books; refused ones go to the security audit. */
        public boolean accepted() {
            return accepted;
        }
    }
}
