package vn.motcua.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A text box of a form: at most {@link #max()} characters once NUL characters are dropped and the ends stripped, and
 * required when {@link #missing()} names the message for an empty box. Both messages get the limit as {@code {0}}.
 */
@Documented
@Constraint(validatedBy = FormTextValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface FormText {

    int max();

    /** The message key for an empty box; empty when the box may stay empty. */
    String missing() default "";

    /** The message key for a text that is too long. */
    String tooLong() default "form.tooLong";

    String message() default "{form.tooLong}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
