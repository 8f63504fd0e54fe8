package vn.motcua.web.lookup;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.motcua.cases.lookup.PublicLookup;
import vn.motcua.web.support.FormValidation;

/** Checks {@link LookupChecks}; each problem is recorded on its field with a {@code lookup.*} key. */
public class LookupChecksValidator implements ConstraintValidator<LookupChecks, LookupForm> {

    private static final int CODE_MAX = 48;

    @Override
    public boolean isValid(LookupForm form, ConstraintValidatorContext context) {
        boolean valid = true;
        String code = form.code();
        if (code == null || code.isEmpty()) {
            valid = FormValidation.reject(context, "code", "lookup.code.required");
        } else if (code.length() > CODE_MAX || !LookupForm.CODE.matcher(code).matches()) {
            valid = FormValidation.reject(context, "code", "lookup.code.format");
        }
        if (form.lastFour() == null || !PublicLookup.LAST_FOUR.matcher(form.lastFour()).matches()) {
            valid = FormValidation.reject(context, "lastFour", "lookup.lastFour.format");
        }
        return valid;
    }
}
