package vn.motcua.workflow.deployment;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.variable.VariableContainer;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import vn.motcua.workflow.ProcessDelegate;
import vn.motcua.workflow.ProcessFunctions;

/**
 * The registry of what a process may name: the reviewed delegates ({@link ProcessDelegate} beans, by bean name) and
 * the function beans ({@link ProcessFunctions}, with their own public methods). The engine's expressions see these
 * beans and no other, and may call methods only on them and the variable reads of an execution or task. Bean names
 * are read from the bean definitions at first use, so the registry never creates a bean while the engine is built.
 */
@Component
public class ProcessBeans {

    /** What an expression may call on an execution or a task: reading its variables. */
    static final Set<String> VARIABLE_READS = Set.of("getVariable", "getVariableLocal", "hasVariable", "hasVariableLocal");

    private final ListableBeanFactory beanFactory;
    private volatile Set<String> delegates;
    private volatile Map<String, Set<String>> functions;

    ProcessBeans(ListableBeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    /** The names of the registered delegates, sorted. */
    public Set<String> delegates() {
        Set<String> known = delegates;
        if (known == null) {
            String[] names = beanFactory.getBeanNamesForAnnotation(ProcessDelegate.class);
            known = Collections.unmodifiableSet(new TreeSet<>(Arrays.asList(names)));
            delegates = known;
        }
        return known;
    }

    /** Function bean name → the methods an expression may call on it. */
    public Map<String, Set<String>> functions() {
        Map<String, Set<String>> known = functions;
        if (known == null) {
            Map<String, Set<String>> found = new LinkedHashMap<>();
            for (String name : beanFactory.getBeanNamesForAnnotation(ProcessFunctions.class)) {
                Class<?> type = beanFactory.getType(name);
                found.put(name, type == null ? Set.of() : ownPublicMethods(ClassUtils.getUserClass(type)));
            }
            known = Map.copyOf(found);
            functions = known;
        }
        return known;
    }

    /** Whether a name is one of the registered beans, delegate or function. */
    boolean registered(Object name) {
        return name instanceof String bean && (delegates().contains(bean) || functions().containsKey(bean));
    }

    /**
     * The beans the engine's expressions may resolve: the registered ones, fetched from the context when first named.
     * Handed to {@code ProcessEngineConfiguration.setBeans}, which then resolves no other bean.
     */
    Map<Object, Object> visibleToExpressions() {
        return new AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return registered(key);
            }

            @Override
            public Object get(Object key) {
                return registered(key) ? beanFactory.getBean((String) key) : null;
            }

            @Override
            public Set<Entry<Object, Object>> entrySet() {
                Map<Object, Object> all = new LinkedHashMap<>();
                delegates().forEach(name -> all.put(name, beanFactory.getBean(name)));
                functions().keySet().forEach(name -> all.put(name, beanFactory.getBean(name)));
                return Collections.unmodifiableMap(all).entrySet();
            }
        };
    }

    /** Whether an expression may call {@code method} on {@code base} at run time. */
    static boolean callable(Object base, String method) {
        if (base instanceof VariableContainer) {
            return VARIABLE_READS.contains(method);
        }
        Class<?> type = AopUtils.getTargetClass(base);
        return type.isAnnotationPresent(ProcessFunctions.class) && ownPublicMethods(type).contains(method);
    }

    /** Whether {@code base} is a registered bean, whose properties an expression has no business reading. */
    static boolean isRegisteredBean(Object base) {
        Class<?> type = AopUtils.getTargetClass(base);
        return type.isAnnotationPresent(ProcessFunctions.class) || type.isAnnotationPresent(ProcessDelegate.class);
    }

    private static Set<String> ownPublicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
