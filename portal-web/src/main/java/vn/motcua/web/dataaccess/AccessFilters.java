package vn.motcua.web.dataaccess;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The access log's filters that are not free text: a service code of the right form, an outcome from the list, dates
 * the page reads, and an end on or after the start ({@link AccessFiltersValidator}).
 */
@Documented
@Constraint(validatedBy = AccessFiltersValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface AccessFilters {

    String message() default "{admin.access.filter.errorSummary}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
