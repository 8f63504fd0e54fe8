package vn.motcua.lgsp;

/** A failure talking to the LGSP, typed so the portal can show a clear message. */
public class LgspException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, from the portal's point of view. */
    public enum Kind {
        /** The gateway or the system behind it cannot be reached, timed out or failed (5xx). */
        UNAVAILABLE,
        /** The gateway refused the portal's credentials or token (401, 403). */
        UNAUTHORIZED,
        /** The gateway refused the request itself (another 4xx). */
        REJECTED,
        /** The gateway answered something the portal cannot read. */
        MALFORMED_ANSWER
    }

    private final Kind kind;

    /**
     * Creates a failure.
     *
     * @param kind    what went wrong
     * @param message details for the log
     */
    public LgspException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /**
     * Creates a failure with its cause.
     *
     * @param kind    what went wrong
     * @param message details for the log
     * @param cause   the underlying error
     */
    public LgspException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /**
     * Tells what went wrong.
     *
     * @return the kind of failure
     */
    public Kind kind() {
        return kind;
    }
}
