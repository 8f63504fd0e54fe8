package vn.motcua.lgsp.http;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.LgspException.Kind;
import vn.motcua.lgsp.LgspProperties;

/**
 * Guards every HTTP call: retry with exponential backoff (idempotent calls only, after UNAVAILABLE), around the rate
 * limit shared by all services and callers ({@link GatewayPermits}), around the circuit breaker of the call's
 * service. The breaker counts UNAVAILABLE and TIMEOUT as failures; a refused or unreadable answer says nothing about
 * the service's health.
 */
final class GatewayResilience {

    private final Retry retry;
    private final GatewayPermits permits;
    private final Map<Service, CircuitBreaker> breakers = new EnumMap<>(Service.class);
    private final CircuitBreakerRegistry registry;

    GatewayResilience(LgspProperties properties) {
        LgspProperties.Retry retrySettings = properties.retry();
        this.retry = Retry.of("lgsp", RetryConfig.custom()
                .maxAttempts(retrySettings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(retrySettings.initialBackoff(),
                        retrySettings.multiplier()))
                .retryOnException(error -> kindOf(error) == Kind.UNAVAILABLE)
                .failAfterMaxAttempts(false)
                .build());
        this.permits = new GatewayPermits(properties.rateLimit());
        LgspProperties.CircuitBreaker breaker = properties.circuitBreaker();
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.openDuration())
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(error -> kindOf(error) == Kind.UNAVAILABLE || kindOf(error) == Kind.TIMEOUT)
                .build();
        this.registry = CircuitBreakerRegistry.of(config);
        for (Service service : Service.values()) {
            breakers.put(service, registry.circuitBreaker("lgsp-" + service.key()));
        }
    }

    /**
     * Makes a call under the guards; a background call waits longer for its turn under the rate limit.
     *
     * @throws LgspException when the call fails or a guard refuses it
     */
    <T> T execute(Operation operation, boolean background, Supplier<T> call) {
        Supplier<T> breakerCall = CircuitBreaker.decorateSupplier(breakers.get(operation.service()), call);
        Supplier<T> guarded = () -> {
            permits.take(background);
            return breakerCall.get();
        };
        if (operation.idempotent()) {
            guarded = Retry.decorateSupplier(retry, guarded);
        }
        try {
            return guarded.get();
        }
        catch (CallNotPermittedException ex) {
            throw new LgspException(Kind.CIRCUIT_OPEN, operation.code() + ": calls to the "
                    + operation.service().key() + " service are suspended after repeated failures", ex);
        }
        catch (RequestNotPermitted ex) {
            throw new LgspException(Kind.RATE_LIMITED, operation.code() + ": the portal's rate limit for the LGSP "
                    + "is reached" + (background ? " (the background wait is over)" : ""), ex);
        }
    }

    /** The circuit breakers, one per service, named {@code lgsp-<service>}: for health and metrics. */
    CircuitBreakerRegistry registry() {
        return registry;
    }

    CircuitBreaker.State state(Service service) {
        return breakers.get(service).getState();
    }

    private static Kind kindOf(Throwable error) {
        return error instanceof LgspException failure ? failure.kind() : null;
    }
}
