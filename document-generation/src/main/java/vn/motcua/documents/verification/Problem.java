package vn.motcua.documents.verification;

/** Stops a verification early with a problem code (see {@link vn.motcua.documents.Verification#problem()}). */
final class Problem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int signatureCount;

    Problem(String code, int signatureCount) {
        super(code, null, false, false);
        this.signatureCount = signatureCount;
    }

    String code() {
        return getMessage();
    }

    int signatureCount() {
        return signatureCount;
    }
}
