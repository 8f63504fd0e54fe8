package vn.motcua.cases.supplement;

/** A supplement request or answer that breaks a rule; {@link #problem()} says which, for a message to the user. */
public class SupplementRefusedException extends RuntimeException {

    /** What is wrong; the web layer names each in the message bundles. */
    public enum Problem {
        REASON_MISSING, REASON_TOO_LONG, ITEMS_MISSING, TOO_MANY_ITEMS, ITEM_TOO_LONG, NOTE_TOO_LONG, FILES_MISSING,
        TOO_MANY_FILES, FILE_EMPTY, FILE_TOO_LARGE, FILE_TYPE, NOT_REQUESTED
    }

    private final Problem problem;
    private final String fileName;

    SupplementRefusedException(Problem problem, String fileName) {
        super(problem + (fileName == null ? "" : " (" + fileName + ")"), null, false, false);
        this.problem = problem;
        this.fileName = fileName;
    }

    public Problem problem() {
        return problem;
    }

    /** The refused file's name, for the file problems; otherwise {@code null}. */
    public String fileName() {
        return fileName;
    }
}
