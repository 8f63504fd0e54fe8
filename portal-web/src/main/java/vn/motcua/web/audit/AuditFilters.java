package vn.motcua.web.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The audit log's filters: a user name of at most 100 printable characters, a trail from the list, days of the years
 * 2000 to 2100 and an end not before the start ({@link AuditFiltersValidator}).
 */
@Documented
@Constraint(validatedBy = AuditFiltersValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface AuditFilters {

    String message() default "{audit.filter.errorSummary}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
