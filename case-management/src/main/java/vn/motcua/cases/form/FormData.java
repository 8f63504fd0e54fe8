package vn.motcua.cases.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of a form as typed: a string per simple field, a map ({@code province}, {@code ward}, {@code street}) per
 * address and a list of string maps per repeating group. Helpers here read and change that shape.
 */
public final class FormData {

    /** Address parts. */
    public static final String PROVINCE = "province";
    public static final String WARD = "ward";
    public static final String STREET = "street";

    /** The longest value kept as typed; longer input is cut here (it is refused by validation long before). */
    public static final int MAX_STORED_LENGTH = 10_000;

    private FormData() {
    }

    static Map<String, Object> empty(FormDefinition definition) {
        Map<String, Object> data = new LinkedHashMap<>();
        definition.fields().forEach(field -> data.put(field.key(), emptyValue(field)));
        return data;
    }

    private static Object emptyValue(Field field) {
        return switch (field.type()) {
            case ADDRESS -> new LinkedHashMap<>(Map.of(PROVINCE, "", WARD, "", STREET, ""));
            case GROUP -> {
                List<Map<String, String>> items = new ArrayList<>();
                for (int i = 0; i < field.minItems(); i++) {
                    items.add(emptyItem(field));
                }
                yield items;
            }
            default -> field.defaultValue() == null ? "" : field.defaultValue();
        };
    }

    /** An item of a group with every field empty (or at its default). */
    public static Map<String, String> emptyItem(Field group) {
        Map<String, String> item = new LinkedHashMap<>();
        group.fields().forEach(f -> item.put(f.key(), f.defaultValue() == null ? "" : f.defaultValue()));
        return item;
    }

    /** A simple value as a string, empty when absent. */
    public static String text(Map<String, ?> data, String key) {
        Object value = data.get(key);
        return value == null ? "" : value.toString();
    }

    /** An address part, empty when absent. */
    public static String part(Map<String, Object> data, String key, String part) {
        return data.get(key) instanceof Map<?, ?> address ? Objects.toString(address.get(part), "") : "";
    }

    /** The items of a group, as typed. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, String>> items(Map<String, Object> data, String key) {
        if (data.get(key) instanceof List<?> list) {
            List<Map<String, String>> items = new ArrayList<>();
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    Map<String, String> copy = new LinkedHashMap<>();
                    ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, v == null ? "" : v.toString()));
                    items.add(copy);
                }
            }
            return items;
        }
        return List.of();
    }

    /**
     * Cuts a typed value to {@link #MAX_STORED_LENGTH} characters and drops NUL characters, which no text column nor
     * JSON document of PostgreSQL can hold.
     */
    public static String clip(String value) {
        if (value == null) {
            return "";
        }
        String text = value.indexOf('\u0000') >= 0 ? value.replace("\u0000", "") : value;
        return text.length() > MAX_STORED_LENGTH ? text.substring(0, MAX_STORED_LENGTH) : text;
    }

    /**
     * A copy of the data with one more (empty) item in the group, unless it already has its most items.
     *
     * @return the copy, or {@code null} when the group is full
     */
    public static Map<String, Object> withItemAdded(FormDefinition definition, Map<String, Object> data, String group) {
        Field field = groupField(definition, group);
        List<Map<String, String>> items = new ArrayList<>(items(data, group));
        if (items.size() >= field.maxItems()) {
            return null;
        }
        items.add(emptyItem(field));
        Map<String, Object> copy = new LinkedHashMap<>(data);
        copy.put(group, items);
        return copy;
    }

    /** A copy of the data without the item at the index (counted from 0); unchanged for an index out of range. */
    public static Map<String, Object> withItemRemoved(FormDefinition definition, Map<String, Object> data, String group,
            int index) {
        groupField(definition, group);
        List<Map<String, String>> items = new ArrayList<>(items(data, group));
        Map<String, Object> copy = new LinkedHashMap<>(data);
        if (index >= 0 && index < items.size()) {
            items.remove(index);
            copy.put(group, items);
        }
        return copy;
    }

    private static Field groupField(FormDefinition definition, String group) {
        return definition.field(group).filter(f -> f.type() == FieldType.GROUP && !f.verified())
                .orElseThrow(() -> new IllegalArgumentException("No editable group " + group));
    }
}
