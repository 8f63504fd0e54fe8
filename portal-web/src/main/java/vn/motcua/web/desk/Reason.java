package vn.motcua.web.desk;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A staff member's reason for a decision: required, and at most {@code Dossier.MAX_REASON} characters once NUL
 * characters are dropped and the ends stripped ({@link ReasonValidator}).
 */
@Documented
@Constraint(validatedBy = ReasonValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Reason {

    String message() default "{staff.reason.missing}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
