package vn.motcua.lgsp.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.web.client.RestClient;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.lgsp.DataAccessed;
import vn.motcua.lgsp.LgspProperties;
import vn.motcua.sandbox.SandboxApplication;

/**
 * The real gateway stand-in (the sandbox application) on a random port, started once for all contract tests of this
 * JVM, with its controls (faults, journal, tokens, national-portal records) and adapters configured against it.
 */
final class SandboxGateway {

    static final String CLIENT_ID = "motcua-portal";
    static final String CLIENT_SECRET = "lgsp-secret";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int PORT = Integer.parseInt(SandboxApplication.start(0).getEnvironment()
            .getRequiredProperty("local.server.port"));

    private SandboxGateway() {
    }

    static URI baseUrl() {
        return uri("/lgsp");
    }

    static final LgspProperties.Retry QUICK_RETRY = new LgspProperties.Retry(3, Duration.ofMillis(10), 2);
    static final LgspProperties.CircuitBreaker LENIENT_BREAKER = new LgspProperties.CircuitBreaker(50, 100, 100,
            Duration.ofMinutes(1));

    /** Settings for tests; a {@code null} takes the test default (2 s timeout, quick retries, a lenient breaker). */
    static LgspProperties properties(Duration timeout, LgspProperties.Retry retry,
            LgspProperties.CircuitBreaker breaker, LgspProperties.RateLimit rateLimit) {
        return new LgspProperties(baseUrl(), CLIENT_ID, CLIENT_SECRET, timeout == null ? Duration.ofSeconds(2) : timeout,
                null, retry == null ? QUICK_RETRY : retry, breaker == null ? LENIENT_BREAKER : breaker, rateLimit,
                null);
    }

    /** An adapter whose data-access events land in {@code events}. */
    static LgspHttpAdapter adapter(LgspProperties properties, List<DataAccessed> events) {
        return LgspHttpAdapter.create(properties, RestClient.builder(), null, events::add);
    }

    static LgspHttpAdapter adapter(List<DataAccessed> events) {
        return adapter(properties(null, null, null, null), events);
    }

    static List<DataAccessed> events() {
        return new CopyOnWriteArrayList<>();
    }

    /** Clears faults, the journal and the national portal's records. */
    static void reset() {
        send("DELETE", "/sandbox/faults", null);
        send("DELETE", "/sandbox/lgsp/requests", null);
        send("DELETE", "/sandbox/national-portal/records", null);
    }

    static void fault(String api, String settings) {
        HttpResponse<String> answer = send("PUT", "/sandbox/faults/" + api, settings);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("fault not set: " + answer.body());
        }
    }

    static void expireTokens() {
        send("POST", "/sandbox/lgsp/tokens/expire", null);
    }

    /** The API calls that passed the gateway's checks, oldest first. */
    static List<Map<String, Object>> journal() {
        return JSON.readValue(send("GET", "/sandbox/lgsp/requests", null).body(), new TypeReference<>() { });
    }

    static List<Map<String, Object>> nationalPortalRecords() {
        return JSON.readValue(send("GET", "/sandbox/national-portal/records", null).body(),
                new TypeReference<>() { });
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + PORT + path);
    }

    private static HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
