package vn.motcua.lgsp;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the LGSP gateway is, how the portal authenticates to it and how the connector protects itself
 * ({@code motcua.lgsp.*}).
 *
 * @param baseUrl        root of the gateway, e.g. {@code http://localhost:9000/lgsp}; the token endpoint is
 *                       {@code {baseUrl}/token}, the APIs are under {@code {baseUrl}/api}
 * @param clientId       the portal's client id at the gateway
 * @param clientSecret   the portal's client secret at the gateway
 * @param timeout        connect and read timeout of every HTTP request (default 5 s)
 * @param sslBundle      name of a Spring Boot SSL bundle ({@code spring.ssl.bundle.*}) holding the portal's client
 *                       certificate and the gateway's trust anchors, for mutual TLS; none by default
 * @param retry          retries of idempotent calls
 * @param circuitBreaker the circuit breaker kept for each service behind the gateway
 * @param rateLimit      the portal's own limit on calls to the gateway
 * @param cache          the short-lived cache of reads, per dossier
 */
@ConfigurationProperties("motcua.lgsp")
public record LgspProperties(URI baseUrl, String clientId, String clientSecret, Duration timeout, String sslBundle,
        Retry retry, CircuitBreaker circuitBreaker, RateLimit rateLimit, Cache cache) {

    /**
     * Checks the settings, so that a missing one stops the application at start rather than at the first call.
     *
     * @throws IllegalArgumentException if a setting is missing or the timeout is not positive
     */
    @ConstructorBinding
    public LgspProperties(URI baseUrl, String clientId, String clientSecret, @DefaultValue("5s") Duration timeout,
            String sslBundle, @DefaultValue Retry retry, @DefaultValue CircuitBreaker circuitBreaker,
            @DefaultValue RateLimit rateLimit, @DefaultValue Cache cache) {
        if (baseUrl == null) {
            throw new IllegalArgumentException("motcua.lgsp.base-url is required");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("motcua.lgsp.client-id is required");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("motcua.lgsp.client-secret is required");
        }
        if (!positive(timeout)) {
            throw new IllegalArgumentException("motcua.lgsp.timeout must be positive");
        }
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.timeout = timeout;
        this.sslBundle = sslBundle == null || sslBundle.isBlank() ? null : sslBundle;
        this.retry = retry == null ? Retry.DEFAULTS : retry;
        this.circuitBreaker = circuitBreaker == null ? CircuitBreaker.DEFAULTS : circuitBreaker;
        this.rateLimit = rateLimit == null ? RateLimit.DEFAULTS : rateLimit;
        this.cache = cache == null ? Cache.DEFAULTS : cache;
    }

    /**
     * The gateway's address and credentials with every other setting at its default.
     *
     * @param baseUrl      root of the gateway
     * @param clientId     the portal's client id
     * @param clientSecret the portal's client secret
     * @param timeout      connect and read timeout
     */
    public LgspProperties(URI baseUrl, String clientId, String clientSecret, Duration timeout) {
        this(baseUrl, clientId, clientSecret, timeout, null, null, null, null, null);
    }

    /**
     * Retries of idempotent calls (reads and the national-portal sync; never the health-insurance card issue), with
     * exponential backoff, after an unavailable gateway (5xx or no connection). Timeouts are not retried.
     *
     * @param maxAttempts    attempts in all, the first included (default 3; 1 turns retries off)
     * @param initialBackoff wait before the second attempt (default 200 ms)
     * @param multiplier     factor applied to the wait before each further attempt (default 2)
     */
    public record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("2") double multiplier) {

        /** The defaults. */
        public static final Retry DEFAULTS = new Retry(3, Duration.ofMillis(200), 2);

        /**
         * Checks the settings.
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        public Retry {
            if (maxAttempts < 1 || !positive(initialBackoff) || multiplier < 1) {
                throw new IllegalArgumentException(
                        "motcua.lgsp.retry needs max-attempts >= 1, a positive initial-backoff and multiplier >= 1");
            }
        }
    }

    /**
     * The circuit breaker of each service behind the gateway (population, civil status, business, insurance,
     * national portal): it opens when too many of the recent calls found the service unavailable or timed out, and
     * then refuses calls at once until the open duration has passed.
     *
     * @param failureRateThreshold percentage of failed calls that opens the circuit (default 50)
     * @param slidingWindowSize    how many recent calls are counted (default 20)
     * @param minimumNumberOfCalls calls needed before the rate counts (default 10)
     * @param openDuration         how long the circuit stays open before it lets trial calls through (default 30 s)
     */
    public record CircuitBreaker(@DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize, @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("30s") Duration openDuration) {

        /** The defaults. */
        public static final CircuitBreaker DEFAULTS = new CircuitBreaker(50, 20, 10, Duration.ofSeconds(30));

        /**
         * Checks the settings.
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        public CircuitBreaker {
            if (failureRateThreshold <= 0 || failureRateThreshold > 100 || slidingWindowSize < 1
                    || minimumNumberOfCalls < 1 || !positive(openDuration)) {
                throw new IllegalArgumentException("motcua.lgsp.circuit-breaker settings are out of range");
            }
        }
    }

    /**
     * The portal's own limit on HTTP calls to the gateway, shared by every service and by every caller: a call someone
     * waits for on screen and a call of background work draw on the same calls per second, but wait for their turn
     * differently ({@link LgspContext#background()}).
     *
     * @param callsPerSecond calls allowed per second (default 50)
     * @param maxWait        how long a call someone waits for waits for its turn before it fails as rate limited
     *                       (default 500 ms)
     * @param backgroundWait how long a call of background work waits for its turn before it fails as rate limited
     *                       (default 30 s)
     */
    public record RateLimit(@DefaultValue("50") int callsPerSecond, @DefaultValue("500ms") Duration maxWait,
            @DefaultValue("30s") Duration backgroundWait) {

        /** The defaults. */
        public static final RateLimit DEFAULTS = new RateLimit(50, Duration.ofMillis(500), Duration.ofSeconds(30));

        /**
         * Checks the settings.
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        @ConstructorBinding
        public RateLimit {
            if (callsPerSecond < 1 || maxWait == null || maxWait.isNegative() || backgroundWait == null
                    || backgroundWait.isNegative()) {
                throw new IllegalArgumentException("motcua.lgsp.rate-limit settings are out of range");
            }
        }

        /**
         * A limit whose background work waits as long as it does by default.
         *
         * @param callsPerSecond calls allowed per second
         * @param maxWait        how long a call someone waits for waits for its turn
         * @throws IllegalArgumentException if a setting is out of range
         */
        public RateLimit(int callsPerSecond, Duration maxWait) {
            this(callsPerSecond, maxWait, DEFAULTS.backgroundWait());
        }
    }

    /**
     * The cache of reads: an answer is kept for the same service, subject, purpose (dossier), unit and official, so
     * that reloading a form does not ask the national databases again. Not-found answers are not kept.
     *
     * @param ttl     how long an answer is kept (default 5 min; 0 turns the cache off)
     * @param maxSize how many answers are kept at most (default 10,000)
     */
    public record Cache(@DefaultValue("5m") Duration ttl, @DefaultValue("10000") long maxSize) {

        /** The defaults. */
        public static final Cache DEFAULTS = new Cache(Duration.ofMinutes(5), 10_000);

        /**
         * Checks the settings.
         *
         * @throws IllegalArgumentException if a setting is out of range
         */
        public Cache {
            if (ttl == null || ttl.isNegative() || maxSize < 0) {
                throw new IllegalArgumentException("motcua.lgsp.cache settings are out of range");
            }
        }
    }

    /** Shows the settings without the secret. */
    @Override
    public String toString() {
        return "LgspProperties[baseUrl=" + baseUrl + ", clientId=" + clientId + ", clientSecret=***, timeout="
                + timeout + ", sslBundle=" + sslBundle + ", retry=" + retry + ", circuitBreaker=" + circuitBreaker
                + ", rateLimit=" + rateLimit + ", cache=" + cache + "]";
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }
}
