package vn.motcua.cases.form;

import java.util.List;

/**
 * One page of a form.
 *
 * @param key    a key unique in the form
 * @param title  the page's heading
 * @param fields its fields, in order
 */
public record Step(String key, Text title, List<Field> fields) {

    public Step {
        fields = List.copyOf(fields);
    }
}
