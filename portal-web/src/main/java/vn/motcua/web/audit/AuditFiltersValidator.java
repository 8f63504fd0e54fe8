package vn.motcua.web.audit;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.motcua.web.support.FormValidation;

/** Checks {@link AuditFilters}; each problem is recorded on its field with an {@code audit.filter.*} key. */
public class AuditFiltersValidator implements ConstraintValidator<AuditFilters, AuditFilterForm> {

    private static final int ACTOR_MAX = 100;

    @Override
    public boolean isValid(AuditFilterForm form, ConstraintValidatorContext context) {
        boolean valid = true;
        String who = form.who();
        if (who != null && (who.length() > ACTOR_MAX
                || who.chars().anyMatch(c -> c < 0x20 || c == 0x7F || Character.isSurrogate((char) c)))) {
            valid = FormValidation.reject(context, "actor", "audit.filter.actor");
        }
        if (form.source() != null && !form.source().isBlank() && form.trail() == null) {
            valid = FormValidation.reject(context, "source", "audit.filter.source");
        }
        valid &= readable(context, "from", form.from()) & readable(context, "to", form.to());
        LocalDate from = AuditFilterForm.day(form.from());
        LocalDate to = AuditFilterForm.day(form.to());
        if (from != null && to != null && from.isAfter(to)) {
            valid = FormValidation.reject(context, "to", "audit.filter.order");
        }
        return valid;
    }

    /** Whether the date is empty (no filter) or a day of the years the log keeps. */
    private static boolean readable(ConstraintValidatorContext context, String field, String value) {
        return value == null || value.isBlank() || AuditFilterForm.day(value) != null
                || FormValidation.reject(context, field, "audit.filter.date");
    }
}
