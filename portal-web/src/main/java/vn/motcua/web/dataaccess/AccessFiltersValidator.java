package vn.motcua.web.dataaccess;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.motcua.web.support.FormValidation;

/** Checks {@link AccessFilters}; each problem is recorded on its field with an {@code admin.access.filter.*} key. */
public class AccessFiltersValidator implements ConstraintValidator<AccessFilters, AccessFilterForm> {

    @Override
    public boolean isValid(AccessFilterForm form, ConstraintValidatorContext context) {
        boolean valid = true;
        String service = AccessFilterForm.blankToNull(form.service());
        if (service != null && !AccessFilterForm.SERVICE_CODE.matcher(service).matches()) {
            valid = FormValidation.reject(context, "service", "admin.access.filter.service");
        }
        if (AccessFilterForm.blankToNull(form.outcome()) != null && form.outcomeValue() == null) {
            valid = FormValidation.reject(context, "outcome", "admin.access.filter.outcome");
        }
        valid &= readable(context, "from", form.from()) & readable(context, "to", form.to());
        LocalDate from = AccessFilterForm.day(form.from());
        LocalDate to = AccessFilterForm.day(form.to());
        if (from != null && to != null && to.isBefore(from)) {
            valid = FormValidation.reject(context, "to", "admin.access.filter.range");
        }
        return valid;
    }

    /** Whether the date is empty (no filter) or one the page reads. */
    private static boolean readable(ConstraintValidatorContext context, String field, String value) {
        return AccessFilterForm.blankToNull(value) == null || AccessFilterForm.day(value) != null
                || FormValidation.reject(context, field, "admin.access.filter.date");
    }
}
