package vn.motcua.cases.payment;

/** Where an online payment stands in the portal's books. */
public enum PaymentStatus {
    /** Sent to the platform; the citizen has not paid yet, or the portal does not know yet. */
    PENDING,
    /** The platform took the money; the dossier's fee is recorded. */
    PAID,
    /** The citizen cancelled on the platform's page. */
    CANCELLED,
    /** The platform never took the order (it does not know it, or refused it). */
    FAILED,
    /** The money was given back. */
    REFUNDED
}
