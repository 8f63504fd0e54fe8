package vn.motcua.cases.form;

import java.util.List;
import java.util.Optional;

/**
 * One field of a form definition. Attributes that do not apply to the field's type are {@code null} or empty.
 *
 * @param key            the key of the value in the form data, unique among its siblings
 * @param type           the kind of field
 * @param label          the label
 * @param hint           an optional hint shown under the label
 * @param required       whether a value is needed (for a group: at least {@code minItems}, and at least one)
 * @param maxLength      the longest text accepted (default 500, at most 2000)
 * @param format         a text format to check, if any
 * @param multiline      whether the text is typed in a multi-line box
 * @param min            the smallest number accepted
 * @param max            the largest number accepted
 * @param dateRange      which dates are accepted
 * @param options        the choices of a choice field
 * @param birthDateField the sibling date field an identity number must agree with, if any
 * @param genderField    the sibling choice field (male/female) an identity number must agree with, if any
 * @param gender         the gender an identity number must carry, if fixed by the field (e.g. the mother's)
 * @param prefill        the source of a verified value, if the field is filled from national data
 * @param defaultValue   the value a new draft starts with
 * @param minItems       the fewest items of a group
 * @param maxItems       the most items of a group
 * @param fields         the fields of each item of a group
 * @param check          a check against a national database the value must pass, if any (top-level text fields)
 * @param minLength      the shortest text accepted (0: any)
 * @param pattern        a regular expression a text must match as a whole, if any
 * @param hidden         whether the field is kept from the applicant: it carries its default value, is never typed and
 *                       therefore never required
 */
public record Field(String key, FieldType type, Text label, Text hint, boolean required, int maxLength,
        TextFormat format, boolean multiline, Long min, Long max, DateRange dateRange, List<Option> options,
        String birthDateField, String genderField, String gender, PrefillSource prefill, String defaultValue,
        int minItems, int maxItems, List<Field> fields, NationalCheck check, int minLength, String pattern,
        boolean hidden) {

    /** The longest text accepted when the definition does not say. */
    public static final int DEFAULT_MAX_LENGTH = 500;
    /** No definition may accept a longer text. */
    public static final int HARD_MAX_LENGTH = 2000;

    /** A checked text format. */
    public enum TextFormat {
        NONE, PHONE, EMAIL, NAME
    }

    /** Which dates a date field accepts. */
    public enum DateRange {
        ANY, PAST, FUTURE
    }

    /** One choice of a choice field. */
    public record Option(String value, Text label) {
    }

    public Field {
        options = options == null ? List.of() : List.copyOf(options);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** Whether the value is verified from national data and may not be changed by the applicant. */
    public boolean verified() {
        return prefill != null;
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    /** A field of an item of this group. */
    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
