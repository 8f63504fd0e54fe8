package vn.motcua.documents.signing;

import java.util.Optional;

/**
 * Obtains an RFC 3161 time-stamp token over a signature value, to be added to the CMS signer info as the unsigned
 * attribute {@code id-aa-signatureTimeStampToken} (PAdES B-T).
 */
@FunctionalInterface
public interface SignatureTimestamper {

    /** Adds no time-stamp (PAdES B-B). */
    SignatureTimestamper NONE = signatureValue -> Optional.empty();

    /**
     * @param signatureValue the CMS signer info's signature value, which the token's message imprint must hash
     * @return the DER-encoded time-stamp token (a CMS ContentInfo), or empty to sign without a time-stamp
     */
    Optional<byte[]> timestampToken(byte[] signatureValue);
}
