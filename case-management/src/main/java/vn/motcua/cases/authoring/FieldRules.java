package vn.motcua.cases.authoring;

import static vn.motcua.cases.authoring.FieldValues.enumOf;
import static vn.motcua.cases.authoring.FieldValues.integer;
import static vn.motcua.cases.authoring.FieldValues.number;
import static vn.motcua.cases.authoring.FieldValues.options;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.PrefillSource;

/**
 * Checks the settings of one field against its type and its siblings ({@link FieldJson} turns valid settings into the
 * field's JSON). Every rule that cannot hold (a minimum above the maximum, a pattern that does not compile, a default its own rules
 * refuse, a prefill source of another type …) is a problem named by the setting it belongs to.
 */
final class FieldRules {

    static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,49}");

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

    private static void tooLong(List<DraftProblem> problems, String field, String value, int limit) {
        if (value.length() > limit) {
            problems.add(DraftProblem.of(field, "authoring.tooLong", limit));
        }
    }

}
