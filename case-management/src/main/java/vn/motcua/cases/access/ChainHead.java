package vn.motcua.cases.access;

import java.util.HexFormat;

/**
 * The newest entry of the access log's chain.
 *
 * @param seq  its position
 * @param hash its SHA-256 (hex), which covers every entry before it through the chain
 */
public record ChainHead(long seq, String hash) {

    /** @return the hash as the 32 bytes a time-stamp's message imprint holds */
    public byte[] digest() {
        return HexFormat.of().parseHex(hash);
    }
}
