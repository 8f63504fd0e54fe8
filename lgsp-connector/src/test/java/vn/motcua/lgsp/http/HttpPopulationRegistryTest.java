package vn.motcua.lgsp.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import vn.motcua.lgsp.CitizenProfile;
import vn.motcua.lgsp.Gender;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.LgspException.Kind;
import vn.motcua.lgsp.LgspProperties;
import vn.motcua.lgsp.PopulationRegistry;

class HttpPopulationRegistryTest {

    static final String BICH = """
            {"idNumber":"079195005678","fullName":"Trần Thị Bích","birthDate":"1995-08-20","gender":"female",
             "ethnicity":"Kinh","nationality":"Việt Nam","permanentAddress":"120 Nguyễn Trãi, Phường Bến Thành",
             "currentAddress":"120 Nguyễn Trãi, Phường Bến Thành","householdId":"HK0790000002",
             "fatherIdNumber":"079065001111","motherIdNumber":null,"extra":"ignored"}""";
    static final LgspContext CONTEXT = new LgspContext("H29.12.05", "tiepnhan.benthanh", "H29.12.05-261126-0007");

    FakeGateway gateway;
    PopulationRegistry registry;

    @BeforeEach
    void start() throws IOException {
        gateway = new FakeGateway();
        registry = registry(gateway.baseUrl(), FakeGateway.CLIENT_SECRET, Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    static PopulationRegistry registry(URI baseUrl, String secret, Duration timeout) {
        LgspProperties properties = new LgspProperties(baseUrl, FakeGateway.CLIENT_ID, secret, timeout);
        return LgspHttpAdapter.create(properties, RestClient.builder()).populationRegistry();
    }

    @Test
    void readsTheProfileOfAKnownCitizen() {
        gateway.api = request -> new FakeGateway.Reply(200, BICH);

        CitizenProfile profile = registry.findCitizen("079195005678", CONTEXT).orElseThrow();

        assertThat(profile).isEqualTo(new CitizenProfile("079195005678", "Trần Thị Bích", LocalDate.of(1995, 8, 20),
                Gender.FEMALE, "Kinh", "Việt Nam", "120 Nguyễn Trãi, Phường Bến Thành",
                "120 Nguyễn Trãi, Phường Bến Thành", "HK0790000002", "079065001111", null));
        assertThat(gateway.apiRequests.get(0).path()).isEqualTo("/lgsp/api/population/citizens/079195005678");
    }

    @Test
    void sendsWhoAsksAndWhy() {
        gateway.api = request -> new FakeGateway.Reply(200, BICH);

        registry.findCitizen("079195005678", CONTEXT);
        registry.findCitizen("079195005678", new LgspContext("H29.12.07", null, "H29.12.07-261126-0001"));

        FakeGateway.Request withOfficial = gateway.apiRequests.get(0);
        assertThat(UUID.fromString(withOfficial.header("X-Request-Id"))).isNotNull();
        assertThat(withOfficial.header("X-Service-Code")).isEqualTo("POPULATION_PROFILE");
        assertThat(withOfficial.header("X-Requesting-Unit")).isEqualTo("H29.12.05");
        assertThat(withOfficial.header("X-Official")).isEqualTo("tiepnhan.benthanh");
        assertThat(withOfficial.header("X-Purpose")).isEqualTo("H29.12.05-261126-0007");
        FakeGateway.Request withoutOfficial = gateway.apiRequests.get(1);
        assertThat(withoutOfficial.header("X-Official")).isNull();
        assertThat(withoutOfficial.header("X-Requesting-Unit")).isEqualTo("H29.12.07");
        assertThat(withoutOfficial.header("X-Request-Id")).isNotEqualTo(withOfficial.header("X-Request-Id"));
    }

    @Test
    void unknownCitizenIsEmpty() {
        gateway.api = request -> new FakeGateway.Reply(404, "{\"error\":\"not_found\"}");

        assertThat(registry.findCitizen("079090009999", CONTEXT)).isEmpty();
    }

    @Test
    void verifiesAPersonWithTheDeclaredData() {
        gateway.api = request -> new FakeGateway.Reply(200,
                request.body().contains("\"fullName\":\"Trần Thị Bích\"") ? "{\"match\":true}" : "{\"match\":false}");

        assertThat(registry.verify("079195005678", "Trần Thị Bích", LocalDate.of(1995, 8, 20), CONTEXT)).isTrue();
        assertThat(registry.verify("079195005678", "Trần Thị Bính", LocalDate.of(1995, 8, 20), CONTEXT)).isFalse();

        FakeGateway.Request sent = gateway.apiRequests.get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/lgsp/api/population/verify");
        assertThat(sent.header("X-Service-Code")).isEqualTo("POPULATION_VERIFY");
        assertThat(sent.header("Content-Type")).startsWith("application/json");
        assertThat(sent.body()).contains("\"idNumber\":\"079195005678\"").contains("\"birthDate\":\"1995-08-20\"");
    }

    @Test
    void serviceUnavailableIsUnavailable() {
        gateway.api = request -> new FakeGateway.Reply(503, "{\"error\":\"service_unavailable\"}");

        assertFailure(() -> registry.findCitizen("079195005678", CONTEXT), Kind.UNAVAILABLE);
    }

    @Test
    void garbageIsAMalformedAnswer() {
        gateway.api = request -> new FakeGateway.Reply(200, "<html>gateway maintenance</html>");

        assertFailure(() -> registry.findCitizen("079195005678", CONTEXT), Kind.MALFORMED_ANSWER);
        assertFailure(() -> registry.verify("079195005678", "Trần Thị Bích", LocalDate.of(1995, 8, 20), CONTEXT),
                Kind.MALFORMED_ANSWER);
    }

    @Test
    void profileWithoutBirthDateOrWithUnknownGenderIsMalformed() {
        gateway.api = request -> new FakeGateway.Reply(200, BICH.replace("\"1995-08-20\"", "null"));
        assertFailure(() -> registry.findCitizen("079195005678", CONTEXT), Kind.MALFORMED_ANSWER);

        gateway.api = request -> new FakeGateway.Reply(200, BICH.replace("\"female\"", "\"F\""));
        assertFailure(() -> registry.findCitizen("079195005678", CONTEXT), Kind.MALFORMED_ANSWER);

        gateway.api = request -> new FakeGateway.Reply(200, "{}");
        assertFailure(() -> registry.verify("079195005678", "Trần Thị Bích", LocalDate.of(1995, 8, 20), CONTEXT),
                Kind.MALFORMED_ANSWER);
    }

    @Test
    void refusedRequestIsRejectedAndForbiddenIsUnauthorized() {
        gateway.api = request -> new FakeGateway.Reply(400, "{\"error\":\"missing_header\",\"header\":\"X-Purpose\"}");
        assertFailure(() -> registry.findCitizen("079195005678", CONTEXT), Kind.REJECTED);

        gateway.api = request -> new FakeGateway.Reply(403, "{\"error\":\"forbidden\"}");
        assertFailure(() -> registry.findCitizen("079195005678", CONTEXT), Kind.UNAUTHORIZED);
        assertThat(gateway.tokenRequests()).isEqualTo(1);
    }

    @Test
    void slowGatewayTimesOut() {
        registry = registry(gateway.baseUrl(), FakeGateway.CLIENT_SECRET, Duration.ofMillis(300));
        CountDownLatch answerNow = new CountDownLatch(1);
        gateway.api = request -> {
            awaitQuietly(answerNow, Duration.ofSeconds(2));
            return new FakeGateway.Reply(200, BICH);
        };

        assertFailure(() -> registry.findCitizen("079195005678", CONTEXT), Kind.TIMEOUT);
        answerNow.countDown();
    }

    @Test
    void unreachableGatewayIsUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        registry = registry(URI.create("http://localhost:" + closedPort + "/lgsp"), FakeGateway.CLIENT_SECRET,
                Duration.ofSeconds(1));

        assertFailure(() -> registry.findCitizen("079195005678", CONTEXT), Kind.UNAVAILABLE);
    }

    @Test
    void wrongClientSecretIsUnauthorized() {
        registry = registry(gateway.baseUrl(), "wrong", Duration.ofSeconds(2));

        assertFailure(() -> registry.findCitizen("079195005678", CONTEXT), Kind.UNAUTHORIZED);
        assertThat(gateway.apiRequests).isEmpty();
    }

    static void assertFailure(Runnable call, Kind kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(LgspException.class,
                ex -> assertThat(ex.kind()).isEqualTo(kind));
    }

    /** Holds the gateway's answer until the test lets it go, or at most {@code atMost}. */
    static void awaitQuietly(CountDownLatch release, Duration atMost) {
        try {
            release.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
