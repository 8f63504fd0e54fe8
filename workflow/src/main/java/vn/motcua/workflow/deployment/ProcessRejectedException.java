package vn.motcua.workflow.deployment;

import java.util.List;

/** An uploaded process refused before deployment, for the problems it names; nothing was deployed. */
public class ProcessRejectedException extends RuntimeException {

    private final transient List<ProcessProblem> problems;

    public ProcessRejectedException(List<ProcessProblem> problems) {
        super("Process rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<ProcessProblem> problems() {
        return problems;
    }
}
