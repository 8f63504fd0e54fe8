package vn.motcua.cases.form;

import java.util.List;

/**
 * What is wrong with one value of a form.
 *
 * @param path      where: a field key, {@code address.ward}, or {@code members[2].idNumber} (items counted from 0)
 * @param key       the message key that explains it
 * @param arguments the message's arguments
 */
public record FormProblem(String path, String key, List<Object> arguments) {

    public FormProblem {
        arguments = List.copyOf(arguments);
    }

    FormProblem(String path, String key, Object... arguments) {
        this(path, key, List.of(arguments));
    }
}
