package vn.motcua.web.desk;

import vn.motcua.cases.dossier.RecordFeePayment;
import vn.motcua.web.support.FormText;

/** The clerk's confirmation that the fee was paid at the desk: the number of the paper receipt handed over. */
record FeeForm(@FormText(max = RecordFeePayment.MAX_RECEIPT_LENGTH, missing = "desk.fee.receipt.missing",
        tooLong = "desk.fee.receipt.tooLong") String receiptNumber) {

    /** The receipt number as recorded: stripped. */
    String receipt() {
        return receiptNumber == null ? "" : receiptNumber.strip();
    }
}
