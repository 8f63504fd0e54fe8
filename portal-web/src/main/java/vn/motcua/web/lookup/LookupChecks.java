package vn.motcua.web.lookup;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A sent lookup form: a dossier code of the right form and four digits of the identity number
 * ({@link LookupChecksValidator}).
 */
@Documented
@Constraint(validatedBy = LookupChecksValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface LookupChecks {

    String message() default "{lookup.code.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
