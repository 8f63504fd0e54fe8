package vn.motcua.cases.agency;

import java.util.List;

/** An agency change refused as a whole; nothing was saved. */
public class AgencyRefusedException extends RuntimeException {

    private final transient List<AgencyProblem> problems;

    AgencyRefusedException(List<AgencyProblem> problems) {
        super("Agency change refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<AgencyProblem> problems() {
        return problems;
    }
}
