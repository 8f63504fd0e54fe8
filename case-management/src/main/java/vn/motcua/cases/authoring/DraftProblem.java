package vn.motcua.cases.authoring;

import java.util.List;

/**
 * What is wrong with an administrator's input.
 *
 * @param field     the input it belongs to, named as the command's component ({@code legalBasis},
 *                  {@code documents[1].name}, {@code form}), or empty for the whole request
 * @param key       the message key that explains it
 * @param arguments the message's arguments
 */
public record DraftProblem(String field, String key, List<Object> arguments) {

    public DraftProblem {
        arguments = List.copyOf(arguments);
    }

    static DraftProblem of(String field, String key, Object... arguments) {
        return new DraftProblem(field, key, List.of(arguments));
    }
}
