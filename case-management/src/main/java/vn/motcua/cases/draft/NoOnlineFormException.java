package vn.motcua.cases.draft;

/** The procedure has no online form, so no draft can be started for it. */
public class NoOnlineFormException extends RuntimeException {

    public NoOnlineFormException(String procedureCode) {
        super("Procedure " + procedureCode + " has no online form", null, false, false);
    }
}
