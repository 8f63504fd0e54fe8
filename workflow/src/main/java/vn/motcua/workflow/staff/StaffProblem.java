package vn.motcua.workflow.staff;

import java.util.List;

/**
 * Why a staff change was refused.
 *
 * @param field     the input it belongs to ({@code agencyCode}, {@code roles}, {@code active})
 * @param key       the message key
 * @param arguments its arguments
 */
public record StaffProblem(String field, String key, List<Object> arguments) {

    public StaffProblem {
        arguments = List.copyOf(arguments);
    }

    static StaffProblem of(String field, String key, Object... arguments) {
        return new StaffProblem(field, key, List.of(arguments));
    }
}
