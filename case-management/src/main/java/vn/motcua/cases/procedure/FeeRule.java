package vn.motcua.cases.procedure;

/**
 * The fee of a procedure version.
 *
 * @param type    PHI or LE_PHI; {@code null} when there is none
 * @param amount  in VND, per copy when {@code perCopy}, otherwise per dossier
 * @param perCopy whether the amount is per copy asked for
 */
public record FeeRule(FeeType type, long amount, boolean perCopy) {
}
