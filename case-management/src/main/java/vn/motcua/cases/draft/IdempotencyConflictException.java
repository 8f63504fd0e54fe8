package vn.motcua.cases.draft;

/** An idempotency key already used for a different request (another draft or other content). */
public class IdempotencyConflictException extends RuntimeException {

    public IdempotencyConflictException(String key) {
        super("Idempotency key " + key + " was used for another request", null, false, false);
    }
}
