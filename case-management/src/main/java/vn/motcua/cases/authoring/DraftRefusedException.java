package vn.motcua.cases.authoring;

import java.util.List;

/** A change to a procedure draft, or its publication, refused for the problems it names; nothing was changed. */
public class DraftRefusedException extends RuntimeException {

    private final transient List<DraftProblem> problems;

    public DraftRefusedException(List<DraftProblem> problems) {
        super("Refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<DraftProblem> problems() {
        return problems;
    }
}
