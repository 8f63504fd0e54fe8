package vn.motcua.workflow.assignment;

/** The chosen colleague is not a known staff member of the task's agency and role. */
public class UnknownColleagueException extends RuntimeException {

    public UnknownColleagueException() {
        super("Not a colleague of the task's agency and role", null, false, false);
    }
}
