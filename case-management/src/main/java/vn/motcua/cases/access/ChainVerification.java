package vn.motcua.cases.access;

/**
 * The result of checking the access log's hash chain from its first entry.
 *
 * @param valid       whether every entry checked is intact and linked to the one before
 * @param rowsChecked how many entries were read (up to and including the first broken one)
 * @param brokenAtSeq sequence number of the first broken entry, or {@code null} when valid
 * @param breach      why that entry is broken, or {@code null} when valid
 */
public record ChainVerification(boolean valid, long rowsChecked, Long brokenAtSeq, Breach breach) {

    /** Why an entry breaks the chain. */
    public enum Breach {
        /** The entry's content no longer matches its hash: it was edited. */
        CONTENT_ALTERED,
        /** The entry does not point at the hash of the entry before it: an entry before was edited along with its hash. */
        LINK_BROKEN,
        /** One or more entries before this one are missing: the sequence has a gap. */
        ROW_MISSING
    }

    static ChainVerification intact(long rowsChecked) {
        return new ChainVerification(true, rowsChecked, null, null);
    }

    static ChainVerification broken(long rowsChecked, long seq, Breach breach) {
        return new ChainVerification(false, rowsChecked, seq, breach);
    }
}
