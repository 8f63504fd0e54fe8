package vn.motcua.web.desk;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.motcua.cases.dossier.Dossier;

/** Checks a {@link Reason}: the messages are the portal's ({@code staff.reason.missing}, {@code staff.reason.tooLong}). */
public class ReasonValidator implements ConstraintValidator<Reason, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String reason = ReasonForm.normal(value);
        if (!reason.isEmpty() && reason.length() <= Dossier.MAX_REASON) {
            return true;
        }
        if (!reason.isEmpty()) {
            context.disableDefaultConstraintViolation();
            // the portal's message names the limit as its first argument
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("0", String.valueOf(Dossier.MAX_REASON))
                    .buildConstraintViolationWithTemplate("{staff.reason.tooLong}").addConstraintViolation();
        }
        return false;
    }
}
