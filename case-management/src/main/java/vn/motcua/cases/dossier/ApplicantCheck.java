package vn.motcua.cases.dossier;

/** How the applicant's identity was checked against the national population database. */
public enum ApplicantCheck {
    /** The applicant's data came from the population database when the dossier was filed. */
    FROM_POPULATION,
    /** The database could not be reached at filing (the data came from the e-ID); it is checked again until it can. */
    PENDING,
    /** Checked after filing: the database holds exactly this person. */
    CONFIRMED,
    /** The database does not know this identity number; the clerk verifies the applicant. */
    NOT_FOUND,
    /** The database knows the number with another name or birth date; the clerk verifies the applicant. */
    MISMATCH;

    /** The message key that names this state on staff pages. */
    public String messageKey() {
        return "applicantCheck." + name();
    }
}
