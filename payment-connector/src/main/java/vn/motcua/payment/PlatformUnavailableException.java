package vn.motcua.payment;

/** The platform cannot be reached or its answer cannot be trusted. */
public class PlatformUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public PlatformUnavailableException(String message) {
        super(message);
    }
}
