package vn.motcua.web.lookup;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup form, sent with GET; once sent, checked by {@link LookupChecks}.
 *
 * @param code     the dossier's code
 * @param lastFour the last four digits of the applicant's identity number
 */
@LookupChecks
record LookupForm(String code, String lastFour) {

    /** {@code {agency code}-{yymmdd}-{4-digit sequence}}. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9]+(\\.[A-Z0-9]+)*-\\d{6}-\\d{4}");

    LookupForm {
        code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        lastFour = lastFour == null ? null : lastFour.strip();
    }

    /** Whether the visitor sent the form, rather than just opened the page. */
    boolean sent() {
        return code != null || lastFour != null;
    }
}
