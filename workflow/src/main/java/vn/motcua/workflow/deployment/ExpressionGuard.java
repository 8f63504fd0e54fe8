package vn.motcua.workflow.deployment;

import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.javax.el.ELException;
import org.flowable.common.engine.impl.javax.el.ELResolver;

/**
 * The engine's side of "data, not code": placed before the engine's bean resolver, it refuses at run time every method
 * call an expression makes except the variable reads of an execution or task and the registered functions
 * ({@link ProcessBeans#callable}), and reading properties of classes, class loaders and registered beans. Together
 * with the engine seeing only the registered beans, a process that never passed the upload check still cannot reach
 * the rest of the application. It resolves nothing itself: what it allows, the resolvers after it handle.
 */
final class ExpressionGuard extends ELResolver {

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base != null && !ProcessBeans.callable(base, String.valueOf(method))) {
            throw new ELException("Process expressions may not call " + method + " on " + base.getClass().getName());
        }
        return null;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        refuseForbiddenRead(base, property);
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        refuseForbiddenRead(base, property);
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        refuseForbiddenRead(base, property);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }

    private static void refuseForbiddenRead(Object base, Object property) {
        if (base == null) {
            return;
        }
        if ("class".equals(property) || base instanceof Class<?> || base instanceof ClassLoader || base instanceof Module
                || base.getClass().getName().startsWith("java.lang.reflect.") || ProcessBeans.isRegisteredBean(base)) {
            throw new ELException("Process expressions may not read " + property + " of " + base.getClass().getName());
        }
    }
}
