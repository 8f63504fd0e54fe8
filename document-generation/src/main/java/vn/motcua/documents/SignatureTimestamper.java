package vn.motcua.documents;

import java.util.Optional;

/**
 * Obtains an RFC 3161 time-stamp token over a signature value, to be added to the CMS signer info as the unsigned
 * attribute {@code id-aa-signatureTimeStampToken} (PAdES B-T). {@link Rfc3161Client} asks a time-stamping authority
 * over HTTP.
 */
@FunctionalInterface
public interface SignatureTimestamper {

    /** Adds no time-stamp (PAdES B-B): for tests and development only. */
    SignatureTimestamper NONE = signatureValue -> Optional.empty();

    /**
     * @param signatureValue the CMS signer info's signature value, which the token's message imprint must hash
     * @return the DER-encoded time-stamp token (a CMS ContentInfo), or empty to sign without a time-stamp
     * @throws TimestampUnavailableException if a time-stamp was wanted but none could be obtained; the document is
     *                                       then not signed
     */
    Optional<byte[]> timestampToken(byte[] signatureValue);
}
