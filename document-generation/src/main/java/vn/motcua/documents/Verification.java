package vn.motcua.documents;

import java.time.Instant;

/**
 * The outcome of checking the signatures of a PDF.
 *
 * @param signatureCount      how many signatures the PDF holds
 * @param coversWholeDocument whether the checked signature's byte range covers the whole file except its /Contents
 * @param digestValid         whether the digest over the byte range matches the signed message digest
 * @param signatureValid      whether the CMS signature verifies with the embedded signer certificate
 * @param chainTrusted        whether the signer certificate chains to the trusted CA (at the time-stamped time when a
 *                            trusted time-stamp proves it, else at the time of checking)
 * @param signerSubject       the signer certificate's subject (RFC 2253), or {@code null} if unknown
 * @param signingTime         the claimed signing time (/M), or {@code null} if unknown
 * @param timestamped         whether the signature carries an RFC 3161 signature time-stamp token that verifies: signed
 *                            by the TSA certificate it carries, which has the critical extended key usage timeStamping
 *                            and was valid at the time stamped, over the SHA-256 (or the token's imprint algorithm)
 *                            of the CMS signature value. Whether that TSA is trusted is a separate matter, see
 *                            {@code problem}
 * @param timestampTime       the time the token certifies (genTime) when {@code timestamped}, else {@code null}
 * @param problem             {@code null} when nothing is wrong, else a short code: "not-a-pdf", "truncated",
 *                            "encrypted", "unreadable", "no-signature", "several-signatures", "byte-range-invalid",
 *                            "not-whole-document", "digest-mismatch", "signature-invalid", "untrusted-chain",
 *                            "timestamp-invalid" (a token is there but does not verify), "timestamp-untrusted" (a
 *                            verifying token from a TSA that is not trusted), "timestamp-missing" (no token, and the
 *                            verifier requires one)
 */
public record Verification(int signatureCount, boolean coversWholeDocument, boolean digestValid,
        boolean signatureValid, boolean chainTrusted, String signerSubject, Instant signingTime, boolean timestamped,
        Instant timestampTime, String problem) {

    /**
     * @return {@code true} when the PDF holds exactly one signature over the whole document that verifies and chains
     *         to the trusted CA, with no problem; a verifier built with trusted TSA certificates reports a missing,
     *         invalid or untrusted time-stamp as a problem, so then {@code valid()} also means time-stamped by a
     *         trusted TSA (PAdES B-T)
     */
    public boolean valid() {
        return problem == null && signatureCount == 1 && coversWholeDocument && digestValid && signatureValid
                && chainTrusted;
    }
}
