package vn.motcua.sandbox.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.motcua.sandbox.RunningSandbox;

class LgspGatewayTest {

    static RunningSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new RunningSandbox();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void resetFaults() {
        assertThat(sandbox.delete("/sandbox/faults").statusCode()).isEqualTo(204);
    }

    @Test
    void tokenEndpointRefusesBadCredentials() {
        HttpResponse<String> wrongSecret = token(RunningSandbox.basic("motcua-portal", "guess"), "client_credentials");
        HttpResponse<String> noCredentials = sandbox.send(HttpRequest.newBuilder(sandbox.uri("/lgsp/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(RunningSandbox.form(Map.of("grant_type", "client_credentials"))));

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(RunningSandbox.json(wrongSecret.body())).containsEntry("error", "invalid_client");
        assertThat(noCredentials.statusCode()).isEqualTo(401);
    }

    @Test
    void tokenEndpointRefusesOtherGrants() {
        HttpResponse<String> answer = token(RunningSandbox.basic("motcua-portal", "lgsp-secret"), "password");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(RunningSandbox.json(answer.body())).containsEntry("error", "unsupported_grant_type");
    }

    @Test
    void tokenEndpointIssuesABearerToken() {
        Map<String, Object> answer = RunningSandbox.json(
                token(RunningSandbox.basic("motcua-portal", "lgsp-secret"), "client_credentials").body());

        assertThat(answer).containsEntry("token_type", "Bearer").containsEntry("expires_in", 300);
        assertThat((String) answer.get("access_token")).hasSizeGreaterThan(30);
    }

    @Test
    void demoCitizenProfileComesBack() {
        HttpResponse<String> answer = sandbox.get("/lgsp/api/population/citizens/079090001234", headers(token()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(RunningSandbox.json(answer.body()))
                .containsEntry("idNumber", "079090001234")
                .containsEntry("fullName", "Nguyễn Văn An")
                .containsEntry("birthDate", "1990-05-12")
                .containsEntry("gender", "male")
                .containsEntry("ethnicity", "Kinh")
                .containsEntry("nationality", "Việt Nam")
                .containsEntry("permanentAddress", "45 Lê Thánh Tôn, Phường Bến Thành, Thành phố Hồ Chí Minh")
                .containsKeys("currentAddress", "householdId", "fatherIdNumber", "motherIdNumber");
    }

    @Test
    void unknownCitizenIsNotFound() {
        HttpResponse<String> answer = sandbox.get("/lgsp/api/population/citizens/079090999999", headers(token()));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(RunningSandbox.json(answer.body())).containsEntry("error", "not_found");
    }

    @Test
    void missingPurposeIsRefused() {
        HttpResponse<String> answer = sandbox.get("/lgsp/api/population/citizens/079090001234",
                "Authorization", "Bearer " + token(), "X-Request-Id", "r-1", "X-Service-Code", "POPULATION_PROFILE",
                "X-Requesting-Unit", "H29.12.05");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(RunningSandbox.json(answer.body())).containsEntry("error", "missing_header")
                .containsEntry("header", "X-Purpose");
    }

    @Test
    void unknownOrMissingTokenIsRefused() {
        HttpResponse<String> unknown = sandbox.get("/lgsp/api/population/citizens/079090001234",
                headers("not-a-token"));
        HttpResponse<String> missing = sandbox.get("/lgsp/api/population/citizens/079090001234",
                "X-Request-Id", "r-1", "X-Service-Code", "POPULATION_PROFILE", "X-Requesting-Unit", "H29.12.05",
                "X-Purpose", "H29.12.05-261126-0007");

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(RunningSandbox.json(unknown.body())).containsEntry("error", "invalid_token");
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_token"));
        assertThat(missing.statusCode()).isEqualTo(401);
    }

    @Test
    void verifiesNameAndBirthDate() {
        String token = token();
        HttpResponse<String> right = sandbox.postJson("/lgsp/api/population/verify",
                "{\"idNumber\":\"079195005678\",\"fullName\":\"Trần  Thị Bích\",\"birthDate\":\"1995-08-20\"}",
                headers(token));
        HttpResponse<String> wrongDate = sandbox.postJson("/lgsp/api/population/verify",
                "{\"idNumber\":\"079195005678\",\"fullName\":\"Trần Thị Bích\",\"birthDate\":\"1995-08-21\"}",
                headers(token));

        assertThat(RunningSandbox.json(right.body())).containsEntry("match", true);
        assertThat(RunningSandbox.json(wrongDate.body())).containsEntry("match", false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void householdListsItsMembers() {
        String token = token();
        String householdId = (String) RunningSandbox.json(
                sandbox.get("/lgsp/api/population/citizens/079201000321", headers(token)).body()).get("householdId");

        Map<String, Object> household = RunningSandbox.json(
                sandbox.get("/lgsp/api/population/households/" + householdId, headers(token)).body());

        assertThat(household).containsEntry("householdId", householdId)
                .containsEntry("address", "8 Tân Kỳ Tân Quý, Phường Tân Phú, Thành phố Hồ Chí Minh");
        assertThat((List<Object>) household.get("members")).hasSizeGreaterThanOrEqualTo(3)
                .contains(Map.of("idNumber", "079201000321", "fullName", "Lê Minh Khoa", "relation", "Con"));
    }

    @Test
    void injectedOutageAnswers503UntilReset() {
        String token = token();
        assertThat(sandbox.putJson("/sandbox/faults/population",
                "{\"latencyMillis\":0,\"errorRate\":0.0,\"outage\":true}").statusCode()).isEqualTo(200);

        HttpResponse<String> during = sandbox.get("/lgsp/api/population/citizens/079090001234", headers(token));
        sandbox.delete("/sandbox/faults");
        HttpResponse<String> after = sandbox.get("/lgsp/api/population/citizens/079090001234", headers(token));

        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(after.statusCode()).isEqualTo(200);
    }

    @Test
    void injectedErrorsAndLatency() {
        String token = token();
        sandbox.putJson("/sandbox/faults/population", "{\"latencyMillis\":300,\"errorRate\":1.0,\"outage\":false}");

        long started = System.nanoTime();
        HttpResponse<String> answer = sandbox.get("/lgsp/api/population/citizens/079090001234", headers(token));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void tokenOutageAndInvalidFaultSettings() {
        sandbox.putJson("/sandbox/faults/token", "{\"latencyMillis\":0,\"errorRate\":0.0,\"outage\":true}");

        assertThat(token(RunningSandbox.basic("motcua-portal", "lgsp-secret"), "client_credentials").statusCode())
                .isEqualTo(503);
        assertThat(sandbox.putJson("/sandbox/faults/unknown", "{\"outage\":true}").statusCode()).isEqualTo(404);
        assertThat(sandbox.putJson("/sandbox/faults/population", "{\"errorRate\":2.0}").statusCode()).isEqualTo(400);
        assertThat(RunningSandbox.json(sandbox.get("/sandbox/faults").body()))
                .containsEntry("token", Map.of("latencyMillis", 0, "errorRate", 0.0, "outage", true))
                .containsEntry("population", Map.of("latencyMillis", 0, "errorRate", 0.0, "outage", false));
    }

    private static HttpResponse<String> token(String authorization, String grantType) {
        return sandbox.send(HttpRequest.newBuilder(sandbox.uri("/lgsp/token"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(RunningSandbox.form(Map.of("grant_type", grantType))));
    }

    private static String token() {
        return (String) RunningSandbox.json(
                token(RunningSandbox.basic("motcua-portal", "lgsp-secret"), "client_credentials").body())
                .get("access_token");
    }

    private static String[] headers(String token) {
        return new String[] {"Authorization", "Bearer " + token, "X-Request-Id", "r-1", "X-Service-Code",
                "POPULATION_PROFILE", "X-Requesting-Unit", "H29.12.05", "X-Official", "tiepnhan.benthanh",
                "X-Purpose", "H29.12.05-261126-0007"};
    }
}
