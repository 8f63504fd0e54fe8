package vn.motcua.web.statistics;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The statistics filter as the page uses it: both dates given and readable, codes no longer than any agency's or
 * procedure's, and a period from start to end of at most {@code StatisticsFilter.MAX_DAYS} days
 * ({@link StatisticsChecksValidator}).
 */
@Documented
@Constraint(validatedBy = StatisticsChecksValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface StatisticsChecks {

    String message() default "{statistics.date.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
