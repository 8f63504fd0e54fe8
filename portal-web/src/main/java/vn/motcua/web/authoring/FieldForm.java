package vn.motcua.web.authoring;

import vn.motcua.cases.authoring.FieldSettings;

/** A field's settings as the field editor posts them, and what to do: save, up, down or remove. */
record FieldForm(String key, String labelVi, String labelEn, String hintVi, String hintEn, Boolean required,
        String minLength, String maxLength, String pattern, String format, Boolean multiline, String min, String max,
        String dateRange, String options, String prefill, String defaultValue, String minItems, String maxItems,
        Boolean hidden, String action) {

    FieldSettings toSettings() {
        return new FieldSettings(key, labelVi, labelEn, hintVi, hintEn, Boolean.TRUE.equals(required), minLength,
                maxLength, pattern, format, Boolean.TRUE.equals(multiline), min, max, dateRange, options, prefill,
                defaultValue, minItems, maxItems, Boolean.TRUE.equals(hidden));
    }

    static FieldForm of(FieldSettings s) {
        return new FieldForm(s.key(), s.labelVi(), s.labelEn(), s.hintVi(), s.hintEn(), s.required(), s.minLength(),
                s.maxLength(), s.pattern(), s.format(), s.multiline(), s.min(), s.max(), s.dateRange(), s.options(),
                s.prefill(), s.defaultValue(), s.minItems(), s.maxItems(), s.hidden(), "save");
    }
}
