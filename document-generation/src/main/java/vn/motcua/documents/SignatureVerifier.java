package vn.motcua.documents;

import java.security.cert.X509Certificate;
import java.util.Objects;

import vn.motcua.documents.verification.PdfSignatureChecker;

/**
 * Checks the signatures of a PDF independently of how it was made: finds the signature dictionaries, checks that the
 * byte range covers the whole file except /Contents, recomputes the digest, verifies the CMS signature with the
 * embedded signer certificate and validates its chain to the trusted CA (at the time of checking, without revocation).
 * Thread-safe.
 */
public final class SignatureVerifier {

    private final PdfSignatureChecker checker;

    /** @param trustedCa the CA every signer certificate must chain to, e.g. {@link SigningKeys#caCertificate()} */
    public SignatureVerifier(X509Certificate trustedCa) {
        this.checker = new PdfSignatureChecker(Objects.requireNonNull(trustedCa, "trustedCa"));
    }

    /**
     * @param pdf the bytes to check; anything, including {@code null}
     * @return the outcome; a non-PDF, truncated, encrypted or unreadable input gives a {@link Verification} with its
     *         {@link Verification#problem() problem} set, never an exception
     */
    public Verification verify(byte[] pdf) {
        return checker.check(pdf);
    }
}
