package vn.motcua.cases.authoring;

/**
 * The settings of one form field as the administrator typed them. Which of them apply depends on the field's type.
 *
 * @param key            the key of the value in the form data: letters and digits, unique in the form (in a group:
 *                       unique in the group)
 * @param labelVi        the label in Vietnamese
 * @param labelEn        the label in English (optional)
 * @param hintVi         a hint in Vietnamese (optional)
 * @param hintEn         a hint in English (optional)
 * @param required       whether a value is needed
 * @param minLength      shortest text
 * @param maxLength      longest text (1–2000; blank: 500)
 * @param pattern        a regular expression a text must match as a whole
 * @param format         NONE, PHONE, EMAIL or NAME
 * @param multiline      whether a text is typed in a multi-line box
 * @param min            smallest number
 * @param max            largest number
 * @param dateRange      ANY, PAST or FUTURE
 * @param options        the choices, one a line: {@code value | Vietnamese label | English label}
 * @param prefill        the national source of the value (blank: none)
 * @param defaultValue   the value a new draft starts with
 * @param minItems       fewest items of a group
 * @param maxItems       most items of a group
 * @param hidden         whether the field is kept from the applicant and carries its default value
 */
public record FieldSettings(String key, String labelVi, String labelEn, String hintVi, String hintEn, boolean required,
        String minLength, String maxLength, String pattern, String format, boolean multiline, String min, String max,
        String dateRange, String options, String prefill, String defaultValue, String minItems, String maxItems,
        boolean hidden) {

    public FieldSettings {
        key = trim(key);
        labelVi = trim(labelVi);
        labelEn = trim(labelEn);
        hintVi = trim(hintVi);
        hintEn = trim(hintEn);
        minLength = trim(minLength);
        maxLength = trim(maxLength);
        pattern = pattern == null ? "" : pattern;
        format = trim(format);
        min = trim(min);
        max = trim(max);
        dateRange = trim(dateRange);
        options = options == null ? "" : options;
        prefill = trim(prefill);
        defaultValue = trim(defaultValue);
        minItems = trim(minItems);
        maxItems = trim(maxItems);
    }

    /** A new field: just its key and label, everything else at its default. */
    public static FieldSettings named(String key, String labelVi, String labelEn) {
        return new FieldSettings(key, labelVi, labelEn, "", "", false, "", "", "", "", false, "", "", "", "", "", "", "", "", false);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
