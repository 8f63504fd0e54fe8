package vn.motcua.cases.form;

import java.util.Locale;

/**
 * A label or hint in Vietnamese and English, stored in the form definition.
 *
 * @param vi the Vietnamese text
 * @param en the English text; the Vietnamese one stands in when it is missing
 */
public record Text(String vi, String en) {

    /** The text in the given language: English for {@code en}, Vietnamese otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : vi;
    }
}
