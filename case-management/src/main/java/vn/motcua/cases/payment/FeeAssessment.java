package vn.motcua.cases.payment;

import vn.motcua.cases.procedure.FeeType;

/**
 * The fee a dossier owes under its procedure version.
 *
 * @param feeType    phí or lệ phí, {@code null} when the version charges nothing
 * @param unitVnd    the amount per copy (or per dossier), in đồng
 * @param copies     the number of copies it is counted for
 * @param amountVnd  what is owed, in đồng: 0 when exempt or free
 * @param exempt     whether an exemption of the version waives it
 * @param refundable whether it is given back when the dossier is refused or stopped
 */
public record FeeAssessment(FeeType feeType, long unitVnd, int copies, long amountVnd, boolean exempt,
        boolean refundable) {

    /** Whether the citizen has something to pay. */
    public boolean payable() {
        return amountVnd > 0 && feeType != null;
    }
}
