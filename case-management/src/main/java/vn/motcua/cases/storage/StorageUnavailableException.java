package vn.motcua.cases.storage;

/**
 * The store of the bytes cannot be reached or answers with an error of its own (not of the request): nothing was
 * stored, and the same call may succeed later. Pages and the API answer "try again in a moment".
 */
public class StorageUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
