package vn.motcua.cases.form;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The filing form of a procedure version: steps (pages) of fields, read from the JSON the version stores.
 *
 * @param steps the pages, in order
 */
public record FormDefinition(List<Step> steps) {

    public FormDefinition {
        steps = List.copyOf(steps);
    }

    /** Every top-level field, across the steps. */
    public Stream<Field> fields() {
        return steps.stream().flatMap(s -> s.fields().stream());
    }

    public Optional<Field> field(String key) {
        return fields().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The empty form data of a new draft: defaults, empty texts, and each group with its fewest items. */
    public Map<String, Object> emptyData() {
        return FormData.empty(this);
    }

    /**
     * Reads a definition from its JSON form (as maps, lists, strings, numbers and booleans).
     *
     * @throws InvalidFormDefinitionException if the definition breaks a rule
     */
    public static FormDefinition parse(Map<String, Object> json) {
        List<Step> steps = new ArrayList<>();
        Set<String> stepKeys = new HashSet<>();
        Set<String> fieldKeys = new HashSet<>();
        for (Map<String, Object> step : maps(json.get("steps"), "steps")) {
            String key = string(step, "key", true);
            if (!stepKeys.add(key)) {
                throw new InvalidFormDefinitionException("Duplicate step " + key);
            }
            List<Field> fields = new ArrayList<>();
            for (Map<String, Object> field : maps(step.get("fields"), "fields of " + key)) {
                Field parsed = field(field, false);
                if (!fieldKeys.add(parsed.key())) {
                    throw new InvalidFormDefinitionException("Duplicate field " + parsed.key());
                }
                fields.add(parsed);
            }
            steps.add(new Step(key, text(step.get("title"), key), fields));
        }
        if (steps.isEmpty()) {
            throw new InvalidFormDefinitionException("A form needs at least one step");
        }
        FormDefinition definition = new FormDefinition(steps);
        definition.fields().forEach(f -> checkLinks(f, definition.fields().toList()));
        return definition;
    }

    private static Field field(Map<String, Object> json, boolean inGroup) {
        String key = string(json, "key", true);
        if (!key.matches("[A-Za-z][A-Za-z0-9]{0,49}")) {
            throw new InvalidFormDefinitionException("Field keys are letters and digits: " + key);
        }
        FieldType type;
        try {
            type = FieldType.valueOf(string(json, "type", true).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFormDefinitionException("Unknown type of field " + key);
        }
        if (inGroup && !type.simple()) {
            throw new InvalidFormDefinitionException("A group holds simple fields only: " + key);
        }
        int maxLength = integer(json, "maxLength", Field.DEFAULT_MAX_LENGTH);
        if (maxLength < 1 || maxLength > Field.HARD_MAX_LENGTH) {
            throw new InvalidFormDefinitionException("maxLength of " + key + " must be 1–" + Field.HARD_MAX_LENGTH);
        }
        int minLength = integer(json, "minLength", 0);
        if (minLength < 0 || minLength > maxLength) {
            throw new InvalidFormDefinitionException("minLength of " + key + " must be 0–maxLength");
        }
        String pattern = string(json, "pattern", false);
        if (pattern != null) {
            try {
                java.util.regex.Pattern.compile(pattern);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new InvalidFormDefinitionException("pattern of " + key + " does not compile");
            }
        }
        boolean hidden = Boolean.TRUE.equals(json.get("hidden"));
        if (hidden && (Boolean.TRUE.equals(json.get("required")) || !type.simple())) {
            throw new InvalidFormDefinitionException("A hidden field is simple and never required: " + key);
        }
        PrefillSource prefill = null;
        if (json.get("prefill") != null) {
            prefill = PrefillSource.of(string(json, "prefill", true))
                    .orElseThrow(() -> new InvalidFormDefinitionException("Unknown prefill source of " + key));
            if ((prefill == PrefillSource.HOUSEHOLD_MEMBERS) != (type == FieldType.GROUP)) {
                throw new InvalidFormDefinitionException("Household members prefill a group, and only they do: " + key);
            }
        }
        List<Field.Option> options = new ArrayList<>();
        if (json.get("options") != null) {
            for (Map<String, Object> option : maps(json.get("options"), "options of " + key)) {
                options.add(new Field.Option(string(option, "value", true), text(option.get("label"), key)));
            }
        }
        if (type == FieldType.CHOICE && options.isEmpty()) {
            throw new InvalidFormDefinitionException("A choice needs options: " + key);
        }
        List<Field> fields = new ArrayList<>();
        if (type == FieldType.GROUP) {
            Set<String> keys = new HashSet<>();
            for (Map<String, Object> nested : maps(json.get("fields"), "fields of " + key)) {
                Field parsed = field(nested, true);
                if (!keys.add(parsed.key())) {
                    throw new InvalidFormDefinitionException("Duplicate field " + key + "." + parsed.key());
                }
                fields.add(parsed);
            }
            if (fields.isEmpty()) {
                throw new InvalidFormDefinitionException("A group needs fields: " + key);
            }
        }
        boolean required = Boolean.TRUE.equals(json.get("required"));
        int minItems = integer(json, "minItems", required ? 1 : 0);
        int maxItems = integer(json, "maxItems", 20);
        if (minItems < 0 || maxItems < Math.max(1, minItems) || maxItems > 100) {
            throw new InvalidFormDefinitionException("Bad item bounds of " + key);
        }
        Long min = json.get("min") == null ? null : ((Number) json.get("min")).longValue();
        Long max = json.get("max") == null ? null : ((Number) json.get("max")).longValue();
        if (min != null && max != null && min > max) {
            throw new InvalidFormDefinitionException("min above max in " + key);
        }
        NationalCheck check = null;
        if (json.get("check") != null) {
            check = NationalCheck.of(string(json, "check", true))
                    .orElseThrow(() -> new InvalidFormDefinitionException("Unknown check of " + key));
            if (type != FieldType.TEXT || inGroup) {
                throw new InvalidFormDefinitionException("Only a text field outside a group has a check: " + key);
            }
        }
        String gender = string(json, "gender", false);
        if (gender != null && !gender.equals("male") && !gender.equals("female")) {
            throw new InvalidFormDefinitionException("gender is male or female: " + key);
        }
        return new Field(key, type, text(json.get("label"), key), json.get("hint") == null ? null : text(json.get("hint"), key),
                required, maxLength, enumOf(Field.TextFormat.class, string(json, "format", false), Field.TextFormat.NONE, key),
                Boolean.TRUE.equals(json.get("multiline")), min, max,
                enumOf(Field.DateRange.class, string(json, "date", false), Field.DateRange.ANY, key), options,
                string(json, "birthDateField", false), string(json, "genderField", false), gender, prefill,
                string(json, "default", false), minItems, maxItems, fields, check, minLength, pattern, hidden);
    }

    private static void checkLinks(Field field, List<Field> siblings) {
        for (Field nested : field.fields()) {
            checkLinks(nested, field.fields());
        }
        if (field.birthDateField() != null && siblings.stream()
                .noneMatch(s -> s.key().equals(field.birthDateField()) && s.type() == FieldType.DATE)) {
            throw new InvalidFormDefinitionException(field.key() + " links to no date field " + field.birthDateField());
        }
        if (field.genderField() != null && siblings.stream()
                .noneMatch(s -> s.key().equals(field.genderField()) && s.type() == FieldType.CHOICE)) {
            throw new InvalidFormDefinitionException(field.key() + " links to no choice field " + field.genderField());
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, E otherwise, String key) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFormDefinitionException("Unknown " + type.getSimpleName() + " " + value + " of " + key);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value, String what) {
        if (!(value instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof Map))) {
            throw new InvalidFormDefinitionException("Expected a list of objects: " + what);
        }
        return (List<Map<String, Object>>) value;
    }

    private static Text text(Object value, String key) {
        if (!(value instanceof Map<?, ?> map) || !(map.get("vi") instanceof String vi) || vi.isBlank()) {
            throw new InvalidFormDefinitionException("A text needs Vietnamese: " + key);
        }
        return new Text(vi, map.get("en") instanceof String en ? en : null);
    }

    private static String string(Map<String, Object> json, String name, boolean required) {
        Object value = json.get(name);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw new InvalidFormDefinitionException("Expected text for " + name);
        }
        return s;
    }

    private static int integer(Map<String, Object> json, String name, int otherwise) {
        Object value = json.get(name);
        return value instanceof Number n ? n.intValue() : otherwise;
    }
}
