package vn.motcua.cases.procedure;

/** A charge for a public service (phí) or a state levy (lệ phí). */
public enum FeeType {
    PHI, LE_PHI
}
