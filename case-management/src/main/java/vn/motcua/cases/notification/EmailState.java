package vn.motcua.cases.notification;

/** Where the e-mail of a notification stands. */
public enum EmailState {
    /** No e-mail: staff notification, or the citizen gave no address. */
    NONE,
    /** To be sent. */
    PENDING,
    SENT,
    /** The last attempt failed; retried until the attempts run out. */
    FAILED
}
