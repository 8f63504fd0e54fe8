package vn.motcua.cases.authoring;

/** No procedure draft (or no part of its form) under that id. */
public class DraftNotFoundException extends RuntimeException {

    public DraftNotFoundException() {
        super("No such procedure draft");
    }
}
