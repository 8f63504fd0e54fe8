package vn.motcua.workflow.deployment;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flowable.common.engine.impl.de.odysseus.el.tree.Node;
import org.flowable.common.engine.impl.de.odysseus.el.tree.TreeBuilderException;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.Builder;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstBinary;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstChoice;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstComposite;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstDot;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstEval;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstFunction;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstIdentifier;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstLiteral;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstMethod;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstNested;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstParameters;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstString;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstText;
import org.flowable.common.engine.impl.de.odysseus.el.tree.impl.ast.AstUnary;

/**
 * The expression forms an uploaded process may use: literals, variables, comparisons, arithmetic, boolean and
 * conditional operators, the engine's variable functions ({@code variables:}, {@code vars:}, {@code var:}), a read of
 * a variable through the execution or task ({@code execution.getVariable('decision')}) and the methods of the
 * registered function beans ({@code externalCalls.retryCycle()}). Property access, brackets, lambdas, other functions
 * and any other method call are refused, as is naming a registered bean outside these forms.
 */
final class ExpressionRules {

    private static final Pattern DELEGATE = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)\\s*}");
    private static final Set<String> VARIABLE_CONTAINERS = Set.of("execution", "task");
    private static final Set<String> FUNCTION_NAMESPACES = Set.of("variables", "vars", "var");

    private final Set<String> delegates;
    private final Map<String, Set<String>> functions;

    ExpressionRules(ProcessBeans beans) {
        this(beans.delegates(), beans.functions());
    }

    ExpressionRules(Set<String> delegates, Map<String, Set<String>> functions) {
        this.delegates = Set.copyOf(delegates);
        this.functions = Map.copyOf(functions);
    }

    /** The problem of an expression at {@code element}, if any; a blank one has none. */
    Optional<ProcessProblem> check(String element, String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.empty();
        }
        Node root;
        try {
            root = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(expression).getRoot();
        } catch (TreeBuilderException | IllegalArgumentException e) {
            return Optional.of(ProcessProblem.of("processes.problem.expression.syntax", element, expression));
        }
        return visit(root).map(found -> ProcessProblem.of(found.key, element, expression, found.detail));
    }

    /** The name of the delegate {@code ${name}} names, if it is a registered one. */
    Optional<String> registeredDelegate(String delegateExpression) {
        Matcher matcher = DELEGATE.matcher(delegateExpression == null ? "" : delegateExpression.strip());
        return matcher.matches() && delegates.contains(matcher.group(1)) ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private record Found(String key, String detail) {
    }

    private Optional<Found> visit(Node node) {
        if (node instanceof AstLiteral || node instanceof AstText) {
            return Optional.empty();
        }
        if (node instanceof AstIdentifier identifier) {
            String name = identifier.getName();
            return delegates.contains(name) || functions.containsKey(name)
                    ? Optional.of(new Found("processes.problem.expression.bean", name)) : Optional.empty();
        }
        if (node instanceof AstMethod method) {
            return call(method);
        }
        if (node instanceof AstFunction function) {
            int colon = function.getName().indexOf(':');
            if (colon < 0 || !FUNCTION_NAMESPACES.contains(function.getName().substring(0, colon))) {
                return Optional.of(new Found("processes.problem.expression.form", function.getName() + "(…)"));
            }
            return children(node);
        }
        if (node instanceof AstEval || node instanceof AstComposite || node instanceof AstBinary || node instanceof AstUnary
                || node instanceof AstChoice || node instanceof AstNested || node instanceof AstParameters) {
            return children(node);
        }
        return Optional.of(new Found("processes.problem.expression.form", describe(node)));
    }

    private Optional<Found> children(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            Optional<Found> found = visit(node.getChild(i));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** {@code receiver.method(arguments)}: a variable read of the execution or task, or a registered function. */
    private Optional<Found> call(AstMethod method) {
        Node target = method.getChild(0);
        Node arguments = method.getChild(1);
        if (!(target instanceof AstDot dot)) {
            return Optional.of(new Found("processes.problem.expression.method", describe(target)));
        }
        String name = dot.toString().replaceFirst("^\\.\\s*", "");
        if (!(dot.getChild(0) instanceof AstIdentifier receiver)) {
            Optional<Found> inner = visit(dot.getChild(0));
            return inner.isPresent() ? inner : Optional.of(new Found("processes.problem.expression.method", describe(dot)));
        }
        String called = receiver.getName() + "." + name;
        if (VARIABLE_CONTAINERS.contains(receiver.getName()) && ProcessBeans.VARIABLE_READS.contains(name)) {
            return arguments.getCardinality() == 1 && arguments.getChild(0) instanceof AstString ? Optional.empty()
                    : Optional.of(new Found("processes.problem.expression.method", called));
        }
        if (functions.getOrDefault(receiver.getName(), Set.of()).contains(name)) {
            return children(arguments);
        }
        return Optional.of(new Found("processes.problem.expression.method", called));
    }

    private static String describe(Node node) {
        if (node instanceof AstDot dot) {
            String prefix = dot.getChild(0) instanceof AstIdentifier receiver ? receiver.getName() : "…";
            return prefix + "." + dot.toString().replaceFirst("^\\.\\s*", "");
        }
        return node.toString();
    }
}
