package vn.motcua.cases.evaluation;

/** An evaluation that breaks a rule; {@link #problem()} says which, for a message to the user. */
public class EvaluationRefusedException extends RuntimeException {

    /** What is wrong; the web layer names each in the message bundles. */
    public enum Problem {
        NOT_FINISHED, ALREADY_EVALUATED, RATING_RANGE, COMMENT_TOO_LONG
    }

    private final Problem problem;

    EvaluationRefusedException(Problem problem) {
        super(problem.name(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
