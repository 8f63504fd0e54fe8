package vn.motcua.cases.payment;

import java.util.List;

/**
 * The payment figures of one dossier, in đồng.
 *
 * @param fee         what the dossier owes under its procedure version
 * @param payments    its online payments, oldest first
 * @param paidVnd     money taken: online payments paid (refunded or not) and a fee recorded at the desk
 * @param pendingVnd  online payments still waiting for the citizen
 * @param refundedVnd money given back
 */
public record DossierPayments(FeeAssessment fee, List<Payment> payments, long paidVnd, long pendingVnd,
        long refundedVnd) {

    /** The payment that took the money, if any. */
    public Payment paid() {
        return payments.stream().filter(p -> p.status() == PaymentStatus.PAID || p.status() == PaymentStatus.REFUNDED)
                .findFirst().orElse(null);
    }
}
