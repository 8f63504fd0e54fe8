package vn.motcua.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stand-ins behind the gateway answer bad requests with clear JSON errors, and take faults per API. (The
 * connector's contract tests cover the well-formed calls.)
 */
class StandInApisTest {

    static RunningSandbox sandbox;
    static String token;

    @BeforeAll
    static void start() {
        sandbox = new RunningSandbox();
        token = (String) RunningSandbox.json(sandbox.send(HttpRequest.newBuilder(sandbox.uri("/lgsp/token"))
                .header("Authorization", RunningSandbox.basic("motcua-portal", "lgsp-secret"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(RunningSandbox.form(Map.of("grant_type", "client_credentials")))).body()).get("access_token");
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void resetFaults() {
        sandbox.delete("/sandbox/faults");
    }

    static String[] headers(String service) {
        return new String[] {"Authorization", "Bearer " + token, "X-Request-Id", "r-1", "X-Service-Code", service,
                "X-Requesting-Unit", "H29.12.05", "X-Purpose", "H29.12.05-261126-0007"};
    }

    static void assertError(HttpResponse<String> answer, int status, String error, String field) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        Map<String, Object> body = RunningSandbox.json(answer.body());
        assertThat(body).containsEntry("error", error);
        if (field != null) {
            assertThat(body).containsEntry("field", field);
        }
    }

    @Test
    void malformedIdentifiersAreBadRequestsNamingTheField() {
        assertError(sandbox.get("/lgsp/api/population/citizens/12345", headers("POPULATION_PROFILE")), 400,
                "invalid_request", "idNumber");
        assertError(sandbox.get("/lgsp/api/civil-status/records/KS-19-1", headers("CIVIL_STATUS_RECORD")), 400,
                "invalid_request", "registerNumber");
        assertError(sandbox.get("/lgsp/api/business/enterprises/abc", headers("BUSINESS_PROFILE")), 400,
                "invalid_request", "taxCode");
        assertError(sandbox.get("/lgsp/api/business/name-availability", headers("BUSINESS_NAME_CHECK")), 400,
                "invalid_request", "name");
    }

    @Test
    void unknownSubjectsAreNotFound() {
        assertError(sandbox.get("/lgsp/api/civil-status/records/KS-1800-000001", headers("CIVIL_STATUS_RECORD")), 404,
                "not_found", null);
        assertError(sandbox.get("/lgsp/api/civil-status/citizens/079090999999/records",
                headers("CIVIL_STATUS_RECORDS_OF")), 404, "not_found", null);
        assertError(sandbox.get("/lgsp/api/population/citizens/079090999999/household",
                headers("POPULATION_HOUSEHOLD")), 404, "not_found", null);
    }

    @Test
    void insuranceAndSyncRefuseIncompleteBodies() {
        assertError(sandbox.postJson("/lgsp/api/social-insurance/health-cards",
                "{\"childIdNumber\":\"079225000001\",\"fullName\":\"Bé An\",\"birthDate\":\"2025-13-01\","
                        + "\"gender\":\"female\",\"guardianIdNumber\":\"079090001234\"}",
                headers("INSURANCE_CHILD_CARD")), 400, "invalid_request", "birthDate");
        assertError(sandbox.postJson("/lgsp/api/social-insurance/health-cards", "not json",
                headers("INSURANCE_CHILD_CARD")), 400, "invalid_request", null);
        assertError(sandbox.postJson("/lgsp/api/national-portal/records",
                "{\"recordId\":\"8d4f4a52-4d5e-4c55-9a41-6f0f7f3e8b11\",\"dossierCode\":\"H29.12.05-261126-0007\","
                        + "\"procedureCode\":\"2.000635\",\"ownerName\":\"Nguyễn Văn An\",\"applicantType\":\"CITIZEN\","
                        + "\"status\":2,\"changedAt\":\"2026-11-26T09:15:00\",\"channel\":2,\"handlingUnit\":\"H29\","
                        + "\"supplements\":0}",
                headers("NATIONAL_PORTAL_SYNC")), 400, "invalid_request", "changedAt");
    }

    @Test
    void missingHeadersAreRefusedOnEveryApi() {
        HttpResponse<String> answer = sandbox.get("/lgsp/api/business/enterprises/0315000001",
                "Authorization", "Bearer " + token, "X-Request-Id", "r-1", "X-Service-Code", "BUSINESS_PROFILE",
                "X-Purpose", "H29.12.05-261126-0007");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(RunningSandbox.json(answer.body())).containsEntry("error", "missing_header")
                .containsEntry("header", "X-Requesting-Unit");
    }

    @Test
    void faultsAreSetPerApi() {
        for (String api : new String[] {"civil-status", "business", "insurance", "national-portal"}) {
            assertThat(sandbox.putJson("/sandbox/faults/" + api, "{\"outage\":true}").statusCode()).isEqualTo(200);
        }
        sandbox.putJson("/sandbox/faults/population", "{\"errorRate\":0.5}");

        assertThat(sandbox.get("/lgsp/api/civil-status/records/KS-1995-000001", headers("CIVIL_STATUS_RECORD"))
                .statusCode()).isEqualTo(503);
        assertThat(sandbox.get("/lgsp/api/business/enterprises/0315000001", headers("BUSINESS_PROFILE"))
                .statusCode()).isEqualTo(503);
        assertThat(sandbox.postJson("/lgsp/api/social-insurance/health-cards", "{}", headers("INSURANCE_CHILD_CARD"))
                .statusCode()).isEqualTo(503);
        assertThat(sandbox.postJson("/lgsp/api/national-portal/records", "{}", headers("NATIONAL_PORTAL_SYNC"))
                .statusCode()).isEqualTo(503);
        assertThat(java.util.stream.IntStream.range(0, 4)
                .map(i -> sandbox.get("/lgsp/api/population/citizens/079090001234", headers("POPULATION_PROFILE"))
                        .statusCode()).boxed().toList()).containsExactly(200, 500, 200, 500);
        assertThat(RunningSandbox.json(sandbox.get("/sandbox/faults").body())).containsKeys("token", "population",
                "civil-status", "business", "insurance", "national-portal", "tsa");
    }
}
