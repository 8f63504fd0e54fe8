package vn.motcua.cases.draft;

import java.util.List;

import vn.motcua.cases.form.FormProblem;

/**
 * A draft that cannot be submitted: its procedure is not open for online filing ({@link #NOT_OPEN}) or it is not
 * complete ({@link #INCOMPLETE}, with the problems).
 */
public class SubmissionRefusedException extends RuntimeException {

    public static final String NOT_OPEN = "draft.submit.notOpen";
    public static final String INCOMPLETE = "draft.submit.incomplete";

    private final String messageKey;
    private final transient List<FormProblem> problems;

    public SubmissionRefusedException(String messageKey, List<FormProblem> problems) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.problems = List.copyOf(problems);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<FormProblem> problems() {
        return problems;
    }
}
