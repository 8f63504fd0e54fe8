package vn.motcua.cases.draft;

/** No such draft, or not this owner's (the two are not told apart). */
public class DraftNotFoundException extends RuntimeException {

    public DraftNotFoundException() {
        super(null, null, false, false);
    }
}
