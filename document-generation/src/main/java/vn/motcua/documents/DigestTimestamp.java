package vn.motcua.documents;

import java.io.IOException;
import java.time.Instant;

import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * What an RFC 3161 time-stamp token says: the digest it stamps (its message imprint) and when.
 *
 * @param imprint   the message imprint's digest
 * @param stampedAt the authority's time ({@code genTime})
 */
public record DigestTimestamp(byte[] imprint, Instant stampedAt) {

    /** Copies the imprint. */
    public DigestTimestamp {
        imprint = imprint.clone();
    }

    @Override
    public byte[] imprint() {
        return imprint.clone();
    }

    /**
     * Reads a token (its signature was checked when it was obtained, see {@link Rfc3161Client}).
     *
     * @param token the DER-encoded time-stamp token
     * @return its imprint and time
     * @throws IllegalArgumentException if the bytes are no time-stamp token
     */
    public static DigestTimestamp of(byte[] token) {
        try {
            TimeStampToken parsed = new TimeStampToken(new CMSSignedData(token));
            return new DigestTimestamp(parsed.getTimeStampInfo().getMessageImprintDigest(),
                    parsed.getTimeStampInfo().getGenTime().toInstant());
        } catch (CMSException | TSPException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an RFC 3161 time-stamp token: " + e.getMessage(), e);
        }
    }
}
