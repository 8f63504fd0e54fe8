package vn.motcua.sandbox.fault;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.motcua.sandbox.api.ApiError;

/**
 * Holds the faults set for each API and plays them when the API is called. A stand-in that is not an HTTP API (the
 * SMTP server) follows its outage switch as a {@link FaultListener}.
 */
@Component
public class FaultInjector {

    /** The APIs that faults can be injected into. */
    public enum Api {
        TOKEN("token"), POPULATION("population"), CIVIL_STATUS("civil-status"), BUSINESS("business"),
        INSURANCE("insurance"), NATIONAL_PORTAL("national-portal"), TSA("tsa"), PAYMENT("payment"), SMTP("smtp");

        private final String key;

        Api(String key) {
            this.key = key;
        }

        /** The name used in {@code /sandbox/faults/{api}}. */
        public String key() {
            return key;
        }

        static Optional<Api> byKey(String key) {
            for (Api api : values()) {
                if (api.key.equals(key)) {
                    return Optional.of(api);
                }
            }
            return Optional.empty();
        }
    }

    private final Map<Api, FaultSettings> faults = new ConcurrentHashMap<>();
    private final Map<Api, AtomicLong> calls = new ConcurrentHashMap<>();
    private final ObjectProvider<FaultListener> listeners;

    FaultInjector(ObjectProvider<FaultListener> listeners) {
        this.listeners = listeners;
    }

    /**
     * Plays the faults set for an API: waits the latency, then fails with 503 during an outage or with 500 for the
     * configured share of calls. The failures are spread evenly rather than drawn at random, so that tests can rely
     * on them: at an error rate of 0.5 every second call fails, at 0.25 every fourth, counted from when the faults of
     * the API were last set.
     *
     * @throws ApiError the injected failure
     */
    public void inject(Api api) {
        FaultSettings settings = settings(api);
        if (settings.latencyMillis() > 0) {
            try {
                Thread.sleep(settings.latencyMillis());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        if (settings.outage()) {
            throw new ApiError(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable");
        }
        if (settings.errorRate() > 0) {
            long call = calls.computeIfAbsent(api, key -> new AtomicLong()).incrementAndGet();
            if (Math.floor(call * settings.errorRate()) > Math.floor((call - 1) * settings.errorRate())) {
                throw new ApiError(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error");
            }
        }
    }

    FaultSettings settings(Api api) {
        return faults.getOrDefault(api, FaultSettings.NONE);
    }

    void set(Api api, FaultSettings settings) {
        faults.put(api, settings);
        calls.remove(api);
        listeners.forEach(listener -> listener.outageChanged(api, settings.outage()));
    }

    void reset() {
        faults.clear();
        calls.clear();
        for (Api api : Api.values()) {
            listeners.forEach(listener -> listener.outageChanged(api, false));
        }
    }

    Map<String, FaultSettings> all() {
        Map<String, FaultSettings> all = new LinkedHashMap<>();
        for (Api api : Api.values()) {
            all.put(api.key(), settings(api));
        }
        return all;
    }
}
