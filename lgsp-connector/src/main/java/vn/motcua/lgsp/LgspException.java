package vn.motcua.lgsp;

/** A failure talking to the LGSP, typed so the portal can show a clear message. */
public class LgspException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, from the portal's point of view; each kind has a message key for the portal's bundles. */
    public enum Kind {
        /** The gateway or the system behind it cannot be reached or failed (5xx). */
        UNAVAILABLE("lgsp.error.unavailable"),
        /** The gateway did not answer within the configured timeout. */
        TIMEOUT("lgsp.error.timeout"),
        /** Calls to this service are suspended for a while after repeated failures (circuit breaker open). */
        CIRCUIT_OPEN("lgsp.error.circuit-open"),
        /** The portal made more calls than the gateway allows; try again shortly. */
        RATE_LIMITED("lgsp.error.rate-limited"),
        /** The gateway refused the portal's credentials or token (401, 403). */
        UNAUTHORIZED("lgsp.error.unauthorized"),
        /** The gateway refused the request itself (another 4xx). */
        REJECTED("lgsp.error.rejected"),
        /** The gateway answered something the portal cannot read. */
        MALFORMED_ANSWER("lgsp.error.malformed-answer");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        /**
         * The key of the text that explains this failure to a user, stable across releases.
         *
         * @return e.g. {@code lgsp.error.unavailable}
         */
        public String messageKey() {
            return messageKey;
        }
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

    /**
     * The key of the text that explains this failure to a user.
     *
     * @return the message key of {@link #kind()}
     */
    public String messageKey() {
        return kind.messageKey();
    }
}
