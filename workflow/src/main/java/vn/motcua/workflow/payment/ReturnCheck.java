package vn.motcua.workflow.payment;

import vn.motcua.cases.payment.Payment;

/**
 * What the citizen's return from the platform tells.
 *
 * @param payment the payment as it stands after asking the platform; {@code null} when the return is not verified
 * @param refusal why the return is not believed, for the security audit; {@code null} when it is verified
 */
public record ReturnCheck(Payment payment, String refusal) {

    /** Whether the return is the platform's and names an order of the dossier. */
    public boolean verified() {
        return refusal == null;
    }
}
