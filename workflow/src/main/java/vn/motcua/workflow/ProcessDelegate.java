package vn.motcua.workflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a reviewed {@code JavaDelegate} bean that a process may call by its bean name, and only as
 * {@code flowable:delegateExpression="${name}"} on a service task. Process expressions see no other Spring bean than
 * these and the {@link ProcessFunctions} beans: an uploaded process names what the portal offers and runs no code of
 * its own.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProcessDelegate {
}
