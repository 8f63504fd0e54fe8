package vn.motcua.workflow.payment;

import vn.motcua.cases.payment.Payment;

/**
 * Issues the electronic receipt of a paid payment whose receipt is still missing (e.g. signing failed when it was
 * paid), for the reconciliation round. Implemented where receipts are issued.
 */
public interface MissingReceipts {

    /** Issues the payment's receipt unless it was issued already. */
    void issue(Payment payment);
}
