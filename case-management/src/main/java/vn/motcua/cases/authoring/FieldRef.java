package vn.motcua.cases.authoring;

import java.util.Optional;

/**
 * Where a field sits in a form being edited: its step, its place in the step and, for a field of a repeating group,
 * its place in the group. Written {@code 0-2} or {@code 0-2-1} in addresses.
 */
public record FieldRef(int step, int field, Integer nested) {

    public static Optional<FieldRef> parse(String text) {
        if (text == null || !text.matches("\\d{1,3}-\\d{1,3}(-\\d{1,3})?")) {
            return Optional.empty();
        }
        String[] parts = text.split("-");
        return Optional.of(new FieldRef(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                parts.length == 3 ? Integer.parseInt(parts[2]) : null));
    }

    /** The group holding this nested field, or empty for a top-level field. */
    public Optional<FieldRef> group() {
        return nested == null ? Optional.empty() : Optional.of(new FieldRef(step, field, null));
    }

    @Override
    public String toString() {
        return step + "-" + field + (nested == null ? "" : "-" + nested);
    }
}
