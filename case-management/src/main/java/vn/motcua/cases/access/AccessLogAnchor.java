package vn.motcua.cases.access;

import java.time.Instant;

/**
 * A time-stamped copy of the access log's head: an RFC 3161 token whose message imprint is the head's hash.
 *
 * @param id        number of the anchor
 * @param head      the entry anchored
 * @param stampedAt the time the authority put in the token
 * @param token     the DER-encoded time-stamp token
 */
public record AccessLogAnchor(long id, ChainHead head, Instant stampedAt, byte[] token) {

    /** Copies the token. */
    public AccessLogAnchor {
        token = token.clone();
    }

    @Override
    public byte[] token() {
        return token.clone();
    }
}
