package vn.motcua.lgsp.http;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.motcua.lgsp.DataAccessed;
import vn.motcua.lgsp.DataAccessed.Outcome;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.LgspProperties;

/**
 * Runs one typed call: answers from the cache when the same official asked the same for the same purpose a moment
 * ago, else guards the HTTP exchange with {@link GatewayResilience} under one request id; either way it then tells the
 * listener which personal data was read or sent and how (a cache answer is {@link Outcome#CACHED}).
 */
final class GatewayCalls {

    private final GatewayResilience resilience;
    private final Consumer<DataAccessed> listener;
    private final Clock clock;
    private final Cache<CacheKey, Object> cache;

    GatewayCalls(GatewayResilience resilience, LgspProperties.Cache cacheSettings, Consumer<DataAccessed> listener,
            Clock clock) {
        this.resilience = resilience;
        this.listener = listener;
        this.clock = clock;
        this.cache = cacheSettings.ttl().isZero() || cacheSettings.maxSize() == 0 ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(cacheSettings.ttl())
                        .maximumSize(cacheSettings.maxSize())
                        .ticker(() -> clock.millis() * 1_000_000L)
                        .build();
    }

    /**
     * Calls the gateway.
     *
     * @param operation which call
     * @param context   who asks and why
     * @param subject   whom the data is about (identity number or tax code)
     * @param question  everything else that makes the answer differ (part of the cache key)
     * @param exchange  the HTTP exchange under a request id, returning the typed answer
     */
    <T> T call(Operation operation, LgspContext context, String subject, List<?> question,
            Function<UUID, T> exchange) {
        CacheKey key = new CacheKey(operation, context, subject, question);
        if (operation.cached() && cache != null) {
            @SuppressWarnings("unchecked")
            T cached = (T) cache.getIfPresent(key);
            if (cached != null) {
                // still a read of personal data: logged like a call, with its own request id
                publish(operation, context, subject, UUID.randomUUID(), clock.instant(), Outcome.CACHED);
                return cached;
            }
        }
        UUID requestId = UUID.randomUUID();
        Instant at = clock.instant();
        T answer;
        try {
            answer = resilience.execute(operation, context.background(), () -> exchange.apply(requestId));
        }
        catch (LgspException ex) {
            publish(operation, context, subject, requestId, at, Outcome.FAILED);
            throw ex;
        }
        boolean found = isFound(answer);
        if (found && operation.cached() && cache != null) {
            cache.put(key, answer);
        }
        publish(operation, context, subject, requestId, at, found ? Outcome.OK : Outcome.NOT_FOUND);
        return answer;
    }

    private void publish(Operation operation, LgspContext context, String subject, UUID requestId, Instant at,
            Outcome outcome) {
        if (operation.personal() && listener != null) {
            listener.accept(new DataAccessed(requestId, operation.code(), context.requestingUnit(), context.official(),
                    context.purpose(), subject, operation.personalFields(), at, outcome));
        }
    }

    private static boolean isFound(Object answer) {
        if (answer instanceof Optional<?> optional) {
            return optional.isPresent();
        }
        if (answer instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        return answer != null;
    }

    private record CacheKey(Operation operation, String requestingUnit, String official, String purpose,
            String subject, List<?> question) {

        CacheKey(Operation operation, LgspContext context, String subject, List<?> question) {
            this(operation, context.requestingUnit(), context.official(), context.purpose(), subject,
                    List.copyOf(question));
        }
    }
}
