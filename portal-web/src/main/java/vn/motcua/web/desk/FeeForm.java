package vn.motcua.web.desk;

/** The clerk's confirmation that the fee was paid at the desk: the number of the paper receipt handed over. */
record FeeForm(String receiptNumber) {
}
