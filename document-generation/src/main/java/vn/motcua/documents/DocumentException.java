package vn.motcua.documents;

/** A document could not be rendered or signed, or a signing key could not be created or read. */
public class DocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause   the underlying failure
     */
    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param message what failed
     */
    public DocumentException(String message) {
        super(message);
    }
}
