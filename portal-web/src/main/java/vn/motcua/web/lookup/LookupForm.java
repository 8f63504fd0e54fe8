package vn.motcua.web.lookup;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import vn.motcua.cases.lookup.PublicLookup;

/**
 * The lookup form, sent with GET.
 *
 * @param code     the dossier's code
 * @param lastFour the last four digits of the applicant's identity number
 */
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

    void validate(Errors errors) {
        if (code == null || code.isEmpty()) {
            errors.rejectValue("code", "lookup.code.required");
        } else if (code.length() > 48 || !CODE.matcher(code).matches()) {
            errors.rejectValue("code", "lookup.code.format");
        }
        if (lastFour == null || !PublicLookup.LAST_FOUR.matcher(lastFour).matches()) {
            errors.rejectValue("lastFour", "lookup.lastFour.format");
        }
    }
}
