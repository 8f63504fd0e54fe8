package vn.motcua.web.desk;

/**
 * The start of a walk-in dossier: the procedure, and the applicant's identity as on the card they hand over (identity
 * number, full name, birth date as {@code yyyy-MM-dd}), which the population database must confirm.
 */
record WalkInForm(String procedure, String idNumber, String fullName, String birthDate) {
}
