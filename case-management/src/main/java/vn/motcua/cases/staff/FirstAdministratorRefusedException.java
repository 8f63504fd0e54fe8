package vn.motcua.cases.staff;

import java.util.List;

/** The first administrator was not created; nothing changed. Each problem is a message key with its arguments. */
public class FirstAdministratorRefusedException extends RuntimeException {

    /**
     * One reason.
     *
     * @param key       the message key
     * @param arguments the message's arguments
     */
    public record Problem(String key, List<Object> arguments) {
    }

    private final transient List<Problem> problems;

    FirstAdministratorRefusedException(List<Problem> problems) {
        super("First administrator refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    static FirstAdministratorRefusedException of(String key, Object... arguments) {
        return new FirstAdministratorRefusedException(List.of(new Problem(key, List.of(arguments))));
    }

    public List<Problem> problems() {
        return problems;
    }
}
