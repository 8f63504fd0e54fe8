package vn.motcua.workflow.staff;

import java.util.List;

/** A staff change refused for the problems it names; nothing was changed. */
public class StaffChangeRefusedException extends RuntimeException {

    private final transient List<StaffProblem> problems;

    public StaffChangeRefusedException(List<StaffProblem> problems) {
        super("Staff change refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<StaffProblem> problems() {
        return problems;
    }
}
