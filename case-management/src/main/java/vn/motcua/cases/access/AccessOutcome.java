package vn.motcua.cases.access;

/** How an access to personal data ended. */
public enum AccessOutcome {
    /** The data was returned or accepted. */
    OK,
    /** The source holds no such subject. */
    NOT_FOUND,
    /** The call failed. */
    FAILED,
    /** The data was shown again from the LGSP connector's short-lived cache, without asking the source. */
    CACHED
}
