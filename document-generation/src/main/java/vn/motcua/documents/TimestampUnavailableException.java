package vn.motcua.documents;

/**
 * No usable RFC 3161 time-stamp could be obtained: the time-stamping authority was unreachable, answered with an
 * error or timed out on every attempt, refused the request, or answered with a token that does not match the
 * request. The document is not issued, since a document without its time-stamp must never leave the issuer when a
 * time-stamping authority is configured; the caller may retry later.
 */
public class TimestampUnavailableException extends DocumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause   the last failure, may be {@code null}
     */
    public TimestampUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
