package vn.motcua.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;

import org.awaitility.Awaitility;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.web.support.Filing;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SandboxRunner;

/**
 * The operator's view over real HTTP: the probes, the health and the Prometheus figures answer on the management port
 * without login and not on the main port; a call to the LGSP carries the trace id of the request that made it.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperatorViewTest extends PortalIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalManagementPort
    int managementPort;

    @Test
    void theProbesAnswerWithoutLoginOnTheManagementPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        for (String probe : List.of("liveness", "readiness")) {
            HttpResponse<String> answer = get(management("/actuator/health/" + probe));
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(JSON.readTree(answer.body()).path("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void theMainPortServesNoEndpoint() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/prometheus")) {
            HttpResponse<String> answer = get(portalUrl(path));
            assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain("\"status\"").doesNotContain("jvm_");
        }
    }

    @Test
    void theHealthShowsEachPartOfThePortal() throws Exception {
        HttpResponse<String> answer = get(management("/actuator/health"));
        // some other test may have left dead letters or opened a breaker: the parts are there, whatever their state
        assertThat(answer.statusCode()).isIn(200, 503);
        JsonNode components = JSON.readTree(answer.body()).path("components");
        assertThat(components.propertyNames()).contains("db", "asyncExecutor", "lgsp", "tsa", "outbox",
                "deadLetters", "livenessState", "readinessState");
        assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("asyncExecutor").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("tsa").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("lgsp").path("components").propertyNames())
                .contains("population", "civil-status", "business", "insurance", "national-portal");
        assertThat(components.path("outbox").path("details").has("undeliveredEvents")).isTrue();
        assertThat(components.path("deadLetters").path("details").has("deadLetterJobs")).isTrue();
    }

    @Test
    void prometheusShowsTheDossiersFiled() throws Exception {
        double before = filed();
        Filing.fileExtract(mvc, Logins.an(), "Nguyễn Văn An", "1990-05-12", "male", "079090001234");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> filed() > before);
        // the filing slip is laid out and signed by a job, each step timed
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> get(management("/actuator/prometheus")).body()
                .contains("motcua_documents_signing_seconds_count"));
        String metrics = get(management("/actuator/prometheus")).body();
        assertThat(metrics).contains("motcua_dossiers_accepted_total", "motcua_dossiers_done_total",
                "motcua_dossiers_overdue ", "motcua_outbox_events ", "motcua_outbox_oldest_age_seconds ",
                "motcua_dead_letters ", "http_server_requests_seconds_count",
                "motcua_documents_rendering_seconds_count",
                "resilience4j_circuitbreaker_calls_seconds_count{kind=\"successful\",name=\"lgsp-population\"");
    }

    @Test
    void anLgspCallCarriesTheTraceIdOfTheRequestThatMadeIt(CapturedOutput output) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        String gatewayClient = "vn.motcua.lgsp.http.GatewayClient";
        logging.setLogLevel(gatewayClient, LogLevel.DEBUG);
        try {
            // a citizen nobody asked about before, so that the prefill is a call, not a cache answer
            String idNumber = "0790" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
            Filing.startDraft(mvc, Logins.citizen(idNumber, "Trần Thị Vết", "1991-02-03", "female"), "2.000635");
        } finally {
            logging.setLogLevel(gatewayClient, null);
        }
        Matcher line = Pattern.compile("\\[([0-9a-f]{32}),[0-9a-f]{16}\\] .*LGSP \\S+ request ([0-9a-f-]{36})")
                .matcher(output.getOut());
        assertThat(line.find()).as("a log line of the LGSP call with its trace id").isTrue();
        String traceId = line.group(1);
        String requestId = line.group(2);
        List<Map<String, Object>> journal = JSON.readValue(
                get(SandboxRunner.baseUrl() + "/sandbox/lgsp/requests").body(), new TypeReference<>() { });
        Map<String, Object> call = journal.stream().filter(entry -> requestId.equals(entry.get("requestId")))
                .findFirst().orElseThrow();
        assertThat((String) call.get("traceparent")).startsWith("00-" + traceId + "-");
    }

    private double filed() throws Exception {
        Matcher value = Pattern.compile("(?m)^motcua_dossiers_filed_total(?:\\{[^}]*\\})? (\\S+)$")
                .matcher(get(management("/actuator/prometheus")).body());
        assertThat(value.find()).as("motcua_dossiers_filed_total on the Prometheus page").isTrue();
        return Double.parseDouble(value.group(1));
    }

    private String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
