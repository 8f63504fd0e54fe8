package vn.motcua.cases.authoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.PrefillSource;

/**
 * Checks the settings of one field against its type and its siblings, and turns valid settings into the field's JSON.
 * Every rule that cannot hold (a minimum above the maximum, a pattern that does not compile, a default its own rules
 * refuse, a prefill source of another type …) is a problem named by the setting it belongs to.
 */
final class FieldRules {

    static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,49}");
    private static final Pattern OPTION_VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,50}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");

    /** Attributes these settings write; others a field may have (checks, links between fields) are kept as they are. */
    private static final Set<String> MANAGED = Set.of("key", "label", "hint", "required", "minLength", "maxLength",
            "pattern", "format", "multiline", "min", "max", "date", "options", "prefill", "default", "minItems", "maxItems",
            "hidden");

    private FieldRules() {
    }

    /**
     * The problems of the settings of a field of that type.
     *
     * @param otherKeys keys the field may not take: the other fields of the form (or, inside a group, of the group)
     * @param inGroup   whether the field is one of a repeating group's
     */
    static List<DraftProblem> check(FieldType type, FieldSettings s, Set<String> otherKeys, boolean inGroup) {
        List<DraftProblem> problems = new ArrayList<>();
        String[][] texts = {{"key", s.key()}, {"labelVi", s.labelVi()}, {"labelEn", s.labelEn()}, {"hintVi", s.hintVi()},
                {"hintEn", s.hintEn()}, {"minLength", s.minLength()}, {"maxLength", s.maxLength()}, {"pattern", s.pattern()},
                {"format", s.format()}, {"min", s.min()}, {"max", s.max()}, {"dateRange", s.dateRange()},
                {"prefill", s.prefill()}, {"defaultValue", s.defaultValue()}, {"minItems", s.minItems()},
                {"maxItems", s.maxItems()}};
        for (String[] text : texts) {
            if (DraftProblem.hasControl(text[1], false)) {
                problems.add(DraftProblem.of(text[0], "authoring.control"));
            }
        }
        if (DraftProblem.hasControl(s.options(), true)) {
            problems.add(DraftProblem.of("options", "authoring.control"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (s.key().isEmpty()) {
            problems.add(DraftProblem.of("key", "authoring.required"));
        } else if (!KEY.matcher(s.key()).matches()) {
            problems.add(DraftProblem.of("key", "authoring.field.key.format"));
        } else if (otherKeys.contains(s.key())) {
            problems.add(DraftProblem.of("key", "authoring.field.key.duplicate", s.key()));
        }
        if (s.labelVi().isEmpty()) {
            problems.add(DraftProblem.of("labelVi", "authoring.required"));
        }
        tooLong(problems, "labelVi", s.labelVi(), 300);
        tooLong(problems, "labelEn", s.labelEn(), 300);
        tooLong(problems, "hintVi", s.hintVi(), 500);
        tooLong(problems, "hintEn", s.hintEn(), 500);
        Integer maxLength = s.maxLength().isEmpty() ? Integer.valueOf(Field.DEFAULT_MAX_LENGTH) : integer(s.maxLength());
        if (maxLength == null || maxLength < 1 || maxLength > Field.HARD_MAX_LENGTH) {
            problems.add(DraftProblem.of("maxLength", "authoring.field.maxLength.invalid", Field.HARD_MAX_LENGTH));
            maxLength = null;
        }
        Integer minLength = s.minLength().isEmpty() ? Integer.valueOf(0) : integer(s.minLength());
        if (minLength == null || minLength < 0) {
            problems.add(DraftProblem.of("minLength", "authoring.count", Field.HARD_MAX_LENGTH));
        } else if (maxLength != null && minLength > maxLength) {
            problems.add(DraftProblem.of("minLength", "authoring.field.length.order", minLength, maxLength));
        }
        Pattern pattern = null;
        if (!s.pattern().isEmpty()) {
            if (type != FieldType.TEXT) {
                problems.add(DraftProblem.of("pattern", "authoring.field.textOnly"));
            } else if (s.pattern().length() > 300) {
                problems.add(DraftProblem.of("pattern", "authoring.tooLong", 300));
            } else {
                try {
                    pattern = Pattern.compile(s.pattern());
                } catch (PatternSyntaxException e) {
                    problems.add(DraftProblem.of("pattern", "authoring.field.pattern.invalid", e.getDescription()));
                }
            }
        }
        if (!s.format().isEmpty() && enumOf(Field.TextFormat.class, s.format()) == null) {
            problems.add(DraftProblem.of("format", "authoring.choice"));
        }
        if (!s.dateRange().isEmpty() && enumOf(Field.DateRange.class, s.dateRange()) == null) {
            problems.add(DraftProblem.of("dateRange", "authoring.choice"));
        }
        Long min = s.min().isEmpty() ? null : number(s.min());
        Long max = s.max().isEmpty() ? null : number(s.max());
        if (!s.min().isEmpty() && min == null) {
            problems.add(DraftProblem.of("min", "authoring.field.number"));
        }
        if (!s.max().isEmpty() && max == null) {
            problems.add(DraftProblem.of("max", "authoring.field.number"));
        }
        if (min != null && max != null && min > max) {
            problems.add(DraftProblem.of("min", "authoring.field.range.order", min, max));
        }
        if (s.options().length() > 5_000) {
            problems.add(DraftProblem.of("options", "authoring.tooLong", 5_000));
            return problems;
        }
        List<Map<String, Object>> options = options(s.options(), problems);
        if (type == FieldType.CHOICE && options.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("options"))) {
            problems.add(DraftProblem.of("options", "authoring.field.options.missing"));
        }
        if (type == FieldType.GROUP) {
            Integer fewest = s.minItems().isEmpty() ? Integer.valueOf(s.required() ? 1 : 0) : integer(s.minItems());
            Integer most = s.maxItems().isEmpty() ? Integer.valueOf(20) : integer(s.maxItems());
            if (fewest == null || most == null || fewest < 0 || most < Math.max(1, fewest) || most > 100) {
                problems.add(DraftProblem.of("maxItems", "authoring.field.items"));
            }
        }
        if (!s.prefill().isEmpty()) {
            PrefillSource source = PrefillSource.of(s.prefill()).orElse(null);
            if (source == null) {
                problems.add(DraftProblem.of("prefill", "authoring.choice"));
            } else if (inGroup) {
                problems.add(DraftProblem.of("prefill", "authoring.field.prefill.inGroup"));
            } else if (prefillType(source) != type || source == PrefillSource.GENDER && !genderOptions(options)) {
                problems.add(DraftProblem.of("prefill", "authoring.field.prefill.type"));
            }
        }
        if (s.hidden()) {
            if (!type.simple()) {
                problems.add(DraftProblem.of("hidden", "authoring.field.hidden.simple"));
            } else if (s.required()) {
                problems.add(DraftProblem.of("hidden", "authoring.field.hidden.required"));
            } else if (s.defaultValue().isEmpty()) {
                problems.add(DraftProblem.of("defaultValue", "authoring.field.hidden.default"));
            }
        }
        if (!s.defaultValue().isEmpty()) {
            checkDefault(type, s, pattern, minLength, maxLength, min, max, options, problems);
        }
        return problems;
    }

    private static void checkDefault(FieldType type, FieldSettings s, Pattern pattern, Integer minLength,
            Integer maxLength, Long min, Long max, List<Map<String, Object>> options, List<DraftProblem> problems) {
        String value = s.defaultValue();
        boolean holds = switch (type) {
            case TEXT -> (maxLength == null || value.length() <= maxLength)
                    && (minLength == null || value.length() >= minLength)
                    && (pattern == null || pattern.matcher(value).matches());
            case NUMBER -> {
                Long number = number(value);
                yield number != null && (min == null || number >= min) && (max == null || number <= max);
            }
            case DATE -> {
                try {
                    LocalDate.parse(value);
                    yield true;
                } catch (DateTimeParseException e) {
                    yield false;
                }
            }
            case CHOICE -> options.stream().anyMatch(o -> o.get("value").equals(value));
            default -> false;
        };
        if (!holds) {
            problems.add(DraftProblem.of("defaultValue", "authoring.field.default.invalid"));
        }
    }

    /**
     * The field's JSON: the given field's attributes that these settings do not manage, then the settings.
     * Call only with settings that passed {@link #check}.
     */
    static Map<String, Object> apply(Map<String, Object> field, FieldType type, FieldSettings s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", s.key());
        json.put("type", type.name().toLowerCase(Locale.ROOT));
        field.forEach((name, value) -> {
            if (!MANAGED.contains(name) && !name.equals("type")) {
                json.put(name, value);
            }
        });
        json.put("label", text(s.labelVi(), s.labelEn()));
        if (!s.hintVi().isEmpty()) {
            json.put("hint", text(s.hintVi(), s.hintEn()));
        }
        if (s.required()) {
            json.put("required", true);
        }
        if (s.hidden()) {
            json.put("hidden", true);
        }
        if (!s.prefill().isEmpty()) {
            json.put("prefill", s.prefill());
        }
        if (!s.defaultValue().isEmpty()) {
            json.put("default", s.defaultValue());
        }
        switch (type) {
            case TEXT -> {
                putInteger(json, "maxLength", s.maxLength());
                if (!s.minLength().isEmpty() && integer(s.minLength()) > 0) {
                    json.put("minLength", integer(s.minLength()));
                }
                if (!s.pattern().isEmpty()) {
                    json.put("pattern", s.pattern());
                }
                if (!s.format().isEmpty() && !s.format().equalsIgnoreCase("NONE")) {
                    json.put("format", s.format().toLowerCase(Locale.ROOT));
                }
                if (s.multiline()) {
                    json.put("multiline", true);
                }
            }
            case NUMBER -> {
                if (!s.min().isEmpty()) {
                    json.put("min", number(s.min()));
                }
                if (!s.max().isEmpty()) {
                    json.put("max", number(s.max()));
                }
            }
            case DATE -> {
                if (!s.dateRange().isEmpty() && !s.dateRange().equalsIgnoreCase("ANY")) {
                    json.put("date", s.dateRange().toLowerCase(Locale.ROOT));
                }
            }
            case CHOICE -> json.put("options", options(s.options(), new ArrayList<>()));
            case GROUP -> {
                putInteger(json, "minItems", s.minItems());
                putInteger(json, "maxItems", s.maxItems());
            }
            case ADDRESS -> putInteger(json, "maxLength", s.maxLength());
            default -> {
            }
        }
        return json;
    }

    /** The settings a field's JSON holds, as the editor shows them. */
    @SuppressWarnings("unchecked")
    static FieldSettings settingsOf(Map<String, Object> field) {
        Map<String, Object> label = field.get("label") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> hint = field.get("hint") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        StringBuilder options = new StringBuilder();
        if (field.get("options") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> option) {
                    Map<String, Object> optionLabel = option.get("label") instanceof Map<?, ?> l ? (Map<String, Object>) l : Map.of();
                    options.append(string(option.get("value"))).append(" | ").append(string(optionLabel.get("vi")));
                    if (optionLabel.get("en") != null) {
                        options.append(" | ").append(string(optionLabel.get("en")));
                    }
                    options.append('\n');
                }
            }
        }
        return new FieldSettings(string(field.get("key")), string(label.get("vi")), string(label.get("en")),
                string(hint.get("vi")), string(hint.get("en")), Boolean.TRUE.equals(field.get("required")),
                string(field.get("minLength")), string(field.get("maxLength")), string(field.get("pattern")),
                string(field.get("format")).toUpperCase(Locale.ROOT), Boolean.TRUE.equals(field.get("multiline")),
                string(field.get("min")), string(field.get("max")), string(field.get("date")).toUpperCase(Locale.ROOT),
                options.toString(), string(field.get("prefill")), string(field.get("default")),
                string(field.get("minItems")), string(field.get("maxItems")), Boolean.TRUE.equals(field.get("hidden")));
    }

    static FieldType typeOf(Map<String, Object> field) {
        return enumOf(FieldType.class, string(field.get("type")));
    }

    private static List<Map<String, Object>> options(String text, List<DraftProblem> problems) {
        List<Map<String, Object>> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            String value = parts[0].strip();
            String vi = parts.length > 1 ? parts[1].strip() : "";
            String en = parts.length > 2 ? parts[2].strip() : "";
            if (!OPTION_VALUE.matcher(value).matches() || vi.isEmpty() || parts.length > 3) {
                String shown = line.strip();
                problems.add(DraftProblem.of("options", "authoring.field.options.line",
                        shown.length() > 60 ? shown.substring(0, 60) + "…" : shown));
                continue;
            }
            if (!values.add(value)) {
                problems.add(DraftProblem.of("options", "authoring.field.options.duplicate", value));
                continue;
            }
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("value", value);
            option.put("label", text(vi, en));
            options.add(option);
        }
        return options;
    }

    private static boolean genderOptions(List<Map<String, Object>> options) {
        Set<Object> values = new HashSet<>();
        options.forEach(o -> values.add(o.get("value")));
        return values.equals(Set.of("male", "female"));
    }

    private static FieldType prefillType(PrefillSource source) {
        return switch (source) {
            case FULL_NAME, PERMANENT_ADDRESS -> FieldType.TEXT;
            case BIRTH_DATE -> FieldType.DATE;
            case GENDER -> FieldType.CHOICE;
            case HOUSEHOLD_MEMBERS -> FieldType.GROUP;
        };
    }

    private static Map<String, Object> text(String vi, String en) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("vi", vi);
        if (en != null && !en.isEmpty()) {
            text.put("en", en);
        }
        return text;
    }

    private static void putInteger(Map<String, Object> json, String name, String value) {
        if (!value.isEmpty()) {
            json.put(name, integer(value));
        }
    }

    private static void tooLong(List<DraftProblem> problems, String field, String value, int limit) {
        if (value.length() > limit) {
            problems.add(DraftProblem.of(field, "authoring.tooLong", limit));
        }
    }

    private static Integer integer(String value) {
        Long number = number(value);
        return number == null || Math.abs(number) > 1_000_000 ? null : number.intValue();
    }

    private static Long number(String value) {
        String plain = value.strip();
        return INTEGER.matcher(plain).matches() ? Long.valueOf(plain) : null;
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
