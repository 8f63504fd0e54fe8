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
        LocalDate from = day(context, "from", form.from());
        LocalDate to = day(context, "to", form.to());
        if (from != null && to != null && to.isBefore(from)) {
            FormValidation.reject(context, "to", "admin.access.filter.range");
            return false;
        }
        return valid && (from != null || AccessFilterForm.blankToNull(form.from()) == null)
                && (to != null || AccessFilterForm.blankToNull(form.to()) == null);
    }

    private static LocalDate day(ConstraintValidatorContext context, String field, String value) {
        LocalDate day = AccessFilterForm.day(value);
        if (day == null && AccessFilterForm.blankToNull(value) != null) {
            FormValidation.reject(context, field, "admin.access.filter.date");
        }
        return day;
    }
}
