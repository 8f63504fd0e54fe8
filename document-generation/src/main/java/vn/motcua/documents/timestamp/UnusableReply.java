package vn.motcua.documents.timestamp;

/** A time-stamping authority's reply gives no usable token. */
public final class UnusableReply extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    UnusableReply(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    /** @return whether the authority reported a passing failure, so that asking again may succeed */
    public boolean transientFailure() {
        return transientFailure;
    }
}
