package vn.motcua.web.admin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A day of the holiday form as the date input sends it: an ISO date of a year the calendar shows
 * ({@link HolidayForm#FIRST_YEAR} to {@link HolidayForm#LAST_YEAR}); empty only when not {@link #required()}.
 */
@Documented
@Constraint(validatedBy = HolidayDateValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface HolidayDate {

    boolean required() default false;

    String message() default "{holiday.problem.DATE_INVALID}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
