package vn.motcua.lgsp.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.function.Consumer;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import vn.motcua.lgsp.BusinessRegistry;
import vn.motcua.lgsp.CivilStatusRegistry;
import vn.motcua.lgsp.DataAccessed;
import vn.motcua.lgsp.LgspProperties;
import vn.motcua.lgsp.NationalPortal;
import vn.motcua.lgsp.PopulationRegistry;
import vn.motcua.lgsp.SocialInsurance;

/**
 * The HTTP adapter of the LGSP ports. It holds one HTTP client, one token cache, one read cache, the circuit breakers
 * and the rate limiter, shared by every port it hands out.
 */
public final class LgspHttpAdapter {

    private final PopulationRegistry population;
    private final CivilStatusRegistry civilStatus;
    private final BusinessRegistry business;
    private final SocialInsurance insurance;
    private final NationalPortal nationalPortal;
    private final CircuitBreakerRegistry circuitBreakers;

    private LgspHttpAdapter(GatewayClient gateway, GatewayCalls calls, CircuitBreakerRegistry circuitBreakers) {
        this.circuitBreakers = circuitBreakers;
        this.population = new HttpPopulationRegistry(gateway, calls);
        this.civilStatus = new HttpCivilStatusRegistry(gateway, calls);
        this.business = new HttpBusinessRegistry(gateway, calls);
        this.insurance = new HttpSocialInsurance(gateway, calls);
        this.nationalPortal = new HttpNationalPortal(gateway, calls);
    }

    /**
     * Creates the adapter without TLS client certificate and without data-access events.
     *
     * @param properties where the gateway is, the portal's credentials, timeout, resilience and cache settings
     * @param builder    a {@link RestClient} builder to start from; its request factory and base URL are replaced
     * @return the adapter
     */
    public static LgspHttpAdapter create(LgspProperties properties, RestClient.Builder builder) {
        return create(properties, builder, null, null);
    }

    /**
     * Creates the adapter.
     *
     * @param properties where the gateway is, the portal's credentials, timeout, resilience and cache settings
     * @param builder    a {@link RestClient} builder to start from; its request factory and base URL are replaced
     * @param sslBundle  key and trust material for (mutual) TLS with the gateway, or {@code null} for the JVM's defaults
     * @param listener   receives a {@link DataAccessed} after every call that reads or sends personal data, in the
     *                   caller's thread, or {@code null}; an exception it throws fails the call
     * @return the adapter
     */
    public static LgspHttpAdapter create(LgspProperties properties, RestClient.Builder builder, SslBundle sslBundle,
            Consumer<DataAccessed> listener) {
        return create(properties, builder, sslBundle, listener, Clock.systemUTC());
    }

    static LgspHttpAdapter create(LgspProperties properties, RestClient.Builder builder, Clock clock) {
        return create(properties, builder, null, null, clock);
    }

    static LgspHttpAdapter create(LgspProperties properties, RestClient.Builder builder, SslBundle sslBundle,
            Consumer<DataAccessed> listener, Clock clock) {
        HttpClient.Builder http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        if (sslBundle != null) {
            http.sslContext(sslBundle.createSslContext());
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http.build());
        requests.setReadTimeout(properties.timeout());
        RestClient rest = builder.clone()
                .requestFactory(requests)
                .baseUrl(withoutTrailingSlash(properties.baseUrl()))
                .build();
        JsonPayloads json = new JsonPayloads();
        AccessTokenProvider tokens = new AccessTokenProvider(rest, json, clock, properties.clientId(),
                properties.clientSecret());
        GatewayResilience resilience = new GatewayResilience(properties);
        GatewayCalls calls = new GatewayCalls(resilience, properties.cache(), listener, clock);
        return new LgspHttpAdapter(new GatewayClient(rest, tokens, json), calls, resilience.registry());
    }

    /**
     * The population database, reached through the gateway.
     *
     * @return the registry
     */
    public PopulationRegistry populationRegistry() {
        return population;
    }

    /**
     * The civil-status database, reached through the gateway.
     *
     * @return the registry
     */
    public CivilStatusRegistry civilStatusRegistry() {
        return civilStatus;
    }

    /**
     * The national business registry, reached through the gateway.
     *
     * @return the registry
     */
    public BusinessRegistry businessRegistry() {
        return business;
    }

    /**
     * Social insurance, reached through the gateway.
     *
     * @return the port
     */
    public SocialInsurance socialInsurance() {
        return insurance;
    }

    /**
     * The national public-service portal, reached through the gateway.
     *
     * @return the port
     */
    public NationalPortal nationalPortal() {
        return nationalPortal;
    }

    /**
     * The circuit breakers of the gateway's services, one per service and named {@code lgsp-<service>} (e.g.
     * {@code lgsp-population}), for the operator's health and metrics; calls go through them whatever is done here.
     *
     * @return the registry that holds them
     */
    public CircuitBreakerRegistry circuitBreakers() {
        return circuitBreakers;
    }

    private static String withoutTrailingSlash(URI baseUrl) {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
