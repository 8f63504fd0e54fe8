package vn.motcua.cases.access;

/**
 * The result of checking the access log's hash chain from its first entry, and against the anchors of its head.
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
        ROW_MISSING,
        /**
         * The entry a time-stamped anchor names is gone: the newest entries were deleted (the chain before is intact,
         * so only the anchor shows it).
         */
        TRUNCATED,
        /**
         * The entry a time-stamped anchor names has another hash than the one stamped: the chain was rewritten and
         * its hashes recomputed.
         */
        REWRITTEN
    }

    static ChainVerification intact(long rowsChecked) {
        return new ChainVerification(true, rowsChecked, null, null);
    }

    static ChainVerification broken(long rowsChecked, long seq, Breach breach) {
        return new ChainVerification(false, rowsChecked, seq, breach);
    }
}
