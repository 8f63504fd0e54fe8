package vn.motcua.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.desk.BusinessRegistrations;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.web.support.SandboxRunner;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The trace id travels beyond the LGSP ({@link OperatorViewTest}): a payment started by a citizen's request reaches
 * the payment platform with that request's trace, and the time-stamp query of a signing job reaches the time-stamping
 * authority with the trace whose id is in the job's log line. The stand-ins' journals say what arrived.
 */
@ExtendWith(OutputCaptureExtension.class)
class TracePropagationTest extends PortalIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String OWNER = "079090001234";

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;

    @Test
    void aPaymentCarriesTheTraceIdOfTheRequestThatStartedIt(CapturedOutput output) throws Exception {
        UUID id = dossiers.file(BusinessRegistrations.of(OWNER)).id();
        desk.accept(id, SampleDossiers.CLERK);
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
        // the citizen's browser (or a proxy in front of the portal) already traces: the portal continues its trace
        String traceId = randomHex(16);
        String payGovClient = "vn.motcua.payment.http.PayGovClient";
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(payGovClient, LogLevel.DEBUG);
        MockHttpServletResponse answer;
        try {
            answer = mvc.perform(post("/my/dossiers/" + id + "/payment").with(csrf()).with(Logins.an())
                    .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                    .with(request -> {
                        request.setServerPort(port);
                        return request;
                    })).andReturn().getResponse();
        } finally {
            logging.setLogLevel(payGovClient, null);
        }
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).startsWith(SandboxRunner.baseUrl() + "/paygov/pay/");
        assertThat(output.getOut()).as("the log line of the call to the platform names the request's trace")
                .containsPattern("\\[" + traceId + ",[0-9a-f]{16}\\] .*PayGov POST /paygov/api/payments");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(requests("/sandbox/payment/requests")).anySatisfy(call -> {
                    assertThat(call.get("method")).isEqualTo("POST");
                    assertThat(call.get("path")).isEqualTo("/paygov/api/payments");
                    assertThat((String) call.get("traceparent")).startsWith("00-" + traceId + "-");
                }));
    }

    @Test
    void aSigningJobSendsItsTraceToTheTimeStampingAuthority(CapturedOutput output) {
        String tsaClient = "vn.motcua.documents.Rfc3161Client";
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(tsaClient, LogLevel.DEBUG);
        Pattern tsaLine = Pattern.compile("\\[([0-9a-f]{32}),[0-9a-f]{16}\\] .*TSA query to ");
        try {
            // the receipt slip of an accepted dossier is laid out and signed by a background job, with a time-stamp
            desk.accept(dossiers.file(BusinessRegistrations.of(OWNER)).id(), SampleDossiers.CLERK);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> tsaLine.matcher(output.getOut()).find());
        } finally {
            logging.setLogLevel(tsaClient, null);
        }
        Matcher line = tsaLine.matcher(output.getOut());
        assertThat(line.find()).isTrue();
        String traceId = line.group(1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(requests("/sandbox/tsa/requests")).anySatisfy(call -> {
                    assertThat(call.get("path")).isEqualTo("/tsa");
                    assertThat((String) call.get("traceparent")).startsWith("00-" + traceId + "-");
                }));
    }

    private static List<Map<String, Object>> requests(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(SandboxRunner.baseUrl() + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readValue(answer.body(), new TypeReference<>() { });
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
