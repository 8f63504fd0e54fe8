package vn.motcua.cases.authoring;

import static vn.motcua.cases.authoring.FieldValues.enumOf;
import static vn.motcua.cases.authoring.FieldValues.integer;
import static vn.motcua.cases.authoring.FieldValues.number;
import static vn.motcua.cases.authoring.FieldValues.options;
import static vn.motcua.cases.authoring.FieldValues.string;
import static vn.motcua.cases.authoring.FieldValues.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.motcua.cases.form.FieldType;

/** Turns a field's settings into its JSON and back. */
final class FieldJson {

    /** Attributes these settings write; others a field may have (checks, links between fields) are kept as they are. */
    private static final Set<String> MANAGED = Set.of("key", "label", "hint", "required", "minLength", "maxLength",
            "pattern", "format", "multiline", "min", "max", "date", "options", "prefill", "default", "minItems", "maxItems",
            "hidden");

    private FieldJson() {
    }

    /**
     * The field's JSON: the given field's attributes that these settings do not manage, then the settings.
     * Call only with settings that passed {@link FieldRules#check}.
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

    private static void putInteger(Map<String, Object> json, String name, String value) {
        if (!value.isEmpty()) {
            json.put(name, integer(value));
        }
    }

}
