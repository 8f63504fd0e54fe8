package vn.motcua.web.desk;

/** The clerk's supplement request: the reason, and the missing items one per line. */
record SupplementRequestForm(String reason, String missingItems) {
}
