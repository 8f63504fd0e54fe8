package vn.motcua.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a reviewed bean whose own public methods a process expression may call by the bean's name, such as
 * {@code ${externalCalls.retryCycle()}}. Methods it inherits (from {@code Object} or elsewhere) stay out of reach.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessFunctions {
}
