package vn.motcua.web.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.motcua.cases.statistics.StatisticsFilter;
import vn.motcua.web.support.FormValidation;

/** Checks {@link StatisticsChecks}; each problem is recorded on its field with a {@code statistics.*} key. */
public class StatisticsChecksValidator implements ConstraintValidator<StatisticsChecks, StatisticsForm> {

    @Override
    public boolean isValid(StatisticsForm form, ConstraintValidatorContext context) {
        boolean valid = date(context, "from", form.from()) & date(context, "to", form.to());
        if (form.agency() != null && form.agency().length() > StatisticsForm.MAX_CODE) {
            valid = FormValidation.reject(context, "agency", "statistics.agency.unknown");
        }
        if (form.procedure() != null && form.procedure().length() > StatisticsForm.MAX_CODE) {
            valid = FormValidation.reject(context, "procedure", "statistics.procedure.unknown");
        }
        LocalDate start = StatisticsForm.day(form.from());
        LocalDate end = StatisticsForm.day(form.to());
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                valid = FormValidation.reject(context, "to", "statistics.to.beforeFrom");
            } else if (ChronoUnit.DAYS.between(start, end) > StatisticsFilter.MAX_DAYS) {
                valid = FormValidation.reject(context, "to", "statistics.period.tooLong");
            }
        }
        return valid;
    }

    private static boolean date(ConstraintValidatorContext context, String field, String value) {
        if (value == null) {
            return FormValidation.reject(context, field, "statistics.date.required");
        }
        return StatisticsForm.day(value) != null || FormValidation.reject(context, field, "statistics.date.format");
    }
}
