package vn.motcua.documents;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import vn.motcua.documents.verification.PdfSignatureChecker;

/**
 * Checks the signatures of a PDF independently of how it was made: finds the signature dictionaries, checks that the
 * byte range covers the whole file except /Contents, recomputes the digest, verifies the CMS signature with the
 * embedded signer certificate, checks the signature time-stamp token if there is one, and validates the signer's
 * chain to the trusted CA (without revocation). Thread-safe.
 */
public final class SignatureVerifier {

    private final PdfSignatureChecker checker;

    /**
     * A verifier that does not require a time-stamp (PAdES B-B): a token that is present must still verify, from
     * whatever TSA. The chain is validated at the time of checking.
     *
     * @param trustedCa the CA every signer certificate must chain to, e.g. {@link SigningKeys#caCertificate()}
     */
    public SignatureVerifier(X509Certificate trustedCa) {
        this.checker = new PdfSignatureChecker(Objects.requireNonNull(trustedCa, "trustedCa"), List.of());
    }

    /**
     * A verifier that requires a signature time-stamp (PAdES B-T) from one of the given authorities: without one the
     * verification reports "timestamp-missing", with a token that does not verify "timestamp-invalid", with one from
     * another TSA "timestamp-untrusted". The chain is validated at the time-stamped time, which a trusted token proves.
     *
     * @param trustedCa              the CA every signer certificate must chain to
     * @param trustedTsaCertificates the certificates of the trusted time-stamping authorities (the TSA's own
     *                               certificate, which signs its tokens); at least one
     */
    public SignatureVerifier(X509Certificate trustedCa, Collection<X509Certificate> trustedTsaCertificates) {
        Objects.requireNonNull(trustedTsaCertificates, "trustedTsaCertificates");
        if (trustedTsaCertificates.isEmpty()) {
            throw new IllegalArgumentException("a B-T verifier needs at least one trusted TSA certificate");
        }
        this.checker = new PdfSignatureChecker(Objects.requireNonNull(trustedCa, "trustedCa"),
                trustedTsaCertificates);
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
