package vn.motcua.cases.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reading the values a field's settings are typed in: whole numbers, choices, option lines, texts in two languages. */
final class FieldValues {

    private static final Pattern OPTION_VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,50}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");

    private FieldValues() {
    }

    /** The options of a choice, one a line ({@code value | Vietnamese label | English label}); bad lines are problems. */
    static List<Map<String, Object>> options(String text, List<DraftProblem> problems) {
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

    static Map<String, Object> text(String vi, String en) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("vi", vi);
        if (en != null && !en.isEmpty()) {
            text.put("en", en);
        }
        return text;
    }

    static Integer integer(String value) {
        Long number = number(value);
        return number == null || Math.abs(number) > 1_000_000 ? null : number.intValue();
    }

    static Long number(String value) {
        String plain = value.strip();
        return INTEGER.matcher(plain).matches() ? Long.valueOf(plain) : null;
    }

    static String string(Object value) {
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
