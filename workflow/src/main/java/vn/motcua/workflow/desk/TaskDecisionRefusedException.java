package vn.motcua.workflow.desk;

import java.util.List;

import vn.motcua.cases.form.FormProblem;

/**
 * A decision on a task that its rules refuse: none or one the step does not allow, a return without its reason, or a
 * comment too long or with control characters. Each problem names the form field it concerns and a message key.
 */
public class TaskDecisionRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FormProblem> problems;

    public TaskDecisionRefusedException(List<FormProblem> problems) {
        super("decision refused: " + problems.stream().map(FormProblem::key).toList());
        this.problems = List.copyOf(problems);
    }

    /** The problems, by field ({@code decision}, {@code comment}) and message key. */
    public List<FormProblem> problems() {
        return problems;
    }
}
