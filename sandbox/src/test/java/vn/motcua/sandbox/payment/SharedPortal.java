package vn.motcua.sandbox.payment;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import vn.motcua.sandbox.RunningSandbox;

/**
 * Gives the payment tests one {@link PortalSide} and one sandbox, started for the first class that asks and closed
 * when the test run ends: starting the sandbox costs more than all these tests together.
 */
final class SharedPortal implements ParameterResolver {

    /** Short waits between notification attempts, and three attempts, so that retries end quickly. */
    static final String[] ARGUMENTS = {"--sandbox.payment.notify-backoff=20ms", "--sandbox.payment.notify-attempts=3"};

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPortal.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PortalSide.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(PortalSide.class,
                key -> new PortalSide(new RunningSandbox(ARGUMENTS)), PortalSide.class);
    }
}
