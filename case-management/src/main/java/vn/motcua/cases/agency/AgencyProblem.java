package vn.motcua.cases.agency;

import java.util.List;

/** Why an agency change is refused: the field, a message key and its arguments. */
public record AgencyProblem(String field, String key, List<Object> arguments) {

    static AgencyProblem of(String field, String key, Object... arguments) {
        return new AgencyProblem(field, key, List.of(arguments));
    }
}
