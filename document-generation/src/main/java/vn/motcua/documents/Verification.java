package vn.motcua.documents;

import java.time.Instant;

/**
 * The outcome of checking the signatures of a PDF.
 *
 * @param signatureCount      how many signatures the PDF holds
 * @param coversWholeDocument whether the checked signature's byte range covers the whole file except its /Contents
 * @param digestValid         whether the digest over the byte range matches the signed message digest
 * @param signatureValid      whether the CMS signature verifies with the embedded signer certificate
 * @param chainTrusted        whether the signer certificate chains to the trusted CA
 * @param signerSubject       the signer certificate's subject (RFC 2253), or {@code null} if unknown
 * @param signingTime         the claimed signing time (/M), or {@code null} if unknown
 * @param problem             {@code null} when nothing is wrong, else a short code: "not-a-pdf", "truncated",
 *                            "encrypted", "unreadable", "no-signature", "several-signatures", "byte-range-invalid",
 *                            "not-whole-document", "digest-mismatch", "signature-invalid", "untrusted-chain"
 */
public record Verification(int signatureCount, boolean coversWholeDocument, boolean digestValid,
        boolean signatureValid, boolean chainTrusted, String signerSubject, Instant signingTime, String problem) {

    /**
     * @return {@code true} when the PDF holds exactly one signature over the whole document that verifies and chains
     *         to the trusted CA
     */
    public boolean valid() {
        return problem == null && signatureCount == 1 && coversWholeDocument && digestValid && signatureValid
                && chainTrusted;
    }
}
