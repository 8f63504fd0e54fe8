package vn.motcua.lgsp.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import vn.motcua.lgsp.LgspProperties;
import vn.motcua.lgsp.PopulationRegistry;

/**
 * The HTTP adapter of the LGSP ports. It holds one HTTP client and one token cache, shared by every registry it
 * hands out.
 */
public final class LgspHttpAdapter {

    private final PopulationRegistry population;

    private LgspHttpAdapter(GatewayClient gateway) {
        this.population = new HttpPopulationRegistry(gateway);
    }

    /**
     * Creates the adapter.
     *
     * @param properties where the gateway is, the portal's credentials and the timeout
     * @param builder    a {@link RestClient} builder to start from; its request factory and base URL are replaced
     * @return the adapter
     */
    public static LgspHttpAdapter create(LgspProperties properties, RestClient.Builder builder) {
        return create(properties, builder, Clock.systemUTC());
    }

    static LgspHttpAdapter create(LgspProperties properties, RestClient.Builder builder, Clock clock) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.timeout());
        RestClient rest = builder.clone()
                .requestFactory(requests)
                .baseUrl(withoutTrailingSlash(properties.baseUrl()))
                .build();
        JsonPayloads json = new JsonPayloads();
        AccessTokenProvider tokens = new AccessTokenProvider(rest, json, clock, properties.clientId(),
                properties.clientSecret());
        return new LgspHttpAdapter(new GatewayClient(rest, tokens, json));
    }

    /**
     * The population database, reached through the gateway.
     *
     * @return the registry
     */
    public PopulationRegistry populationRegistry() {
        return population;
    }

    private static String withoutTrailingSlash(URI baseUrl) {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
