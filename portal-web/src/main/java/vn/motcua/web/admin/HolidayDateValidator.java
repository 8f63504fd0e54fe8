package vn.motcua.web.admin;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.motcua.web.support.FormValidation;

/** Checks a {@link HolidayDate}: {@code holiday.problem.DATE_MISSING} or {@code holiday.problem.DATE_INVALID}. */
public class HolidayDateValidator implements ConstraintValidator<HolidayDate, String> {

    private boolean required;

    @Override
    public void initialize(HolidayDate constraint) {
        this.required = constraint.required();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return !required || FormValidation.reject(context, "", "holiday.problem.DATE_MISSING");
        }
        return HolidayForm.day(value) != null || FormValidation.reject(context, "", "holiday.problem.DATE_INVALID");
    }
}
