package vn.motcua.payment;

/** The kind of fee an order pays, as the platform names it: a fee (phí) or a charge (lệ phí). */
public enum FeeKind {
    PHI, LE_PHI
}
