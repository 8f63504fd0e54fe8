package vn.motcua.workflow.deployment;

import java.util.List;

/**
 * What is wrong with an uploaded process.
 *
 * @param key       the message key that explains it
 * @param arguments its arguments (element ids, line numbers, the engine's own description)
 */
public record ProcessProblem(String key, List<Object> arguments) {

    public ProcessProblem {
        arguments = List.copyOf(arguments);
    }

    static ProcessProblem of(String key, Object... arguments) {
        return new ProcessProblem(key, List.of(arguments));
    }
}
