package vn.motcua.cases.draft;

/** The citizen already has as many open drafts as allowed; its message key takes the limit. */
public class DraftQuotaException extends RuntimeException {

    public static final String MESSAGE_KEY = "draft.quota";

    private final int limit;

    public DraftQuotaException(int limit) {
        super(MESSAGE_KEY, null, false, false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
