package vn.motcua.cases.storage;

/** Bytes read back do not match the SHA-256 recorded when they were written: they are never served. */
public class CorruptBlobException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public CorruptBlobException(String key) {
        super("The bytes under " + key + " do not match their recorded SHA-256");
    }
}
