package vn.motcua.lgsp.http;

import static vn.motcua.lgsp.http.HttpPopulationRegistryTest.CONTEXT;
import static vn.motcua.lgsp.http.HttpPopulationRegistryTest.assertFailure;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import vn.motcua.lgsp.Gender;
import vn.motcua.lgsp.HealthInsuranceCardApplication;
import vn.motcua.lgsp.LgspException.Kind;
import vn.motcua.lgsp.LgspProperties;
import vn.motcua.lgsp.SyncRecord;

/** Partial or unreadable answers of every call become MALFORMED_ANSWER, never a half-filled record. */
class MalformedAnswerTest {

    FakeGateway gateway;
    LgspHttpAdapter lgsp;

    @BeforeEach
    void start() throws IOException {
        gateway = new FakeGateway();
        lgsp = LgspHttpAdapter.create(new LgspProperties(gateway.baseUrl(), FakeGateway.CLIENT_ID,
                FakeGateway.CLIENT_SECRET, Duration.ofSeconds(2)), RestClient.builder());
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    void answer(String body) {
        gateway.api = request -> new FakeGateway.Reply(200, body);
    }

    @Test
    void householdWithoutMembersOrWithANamelessMember() {
        answer("{\"householdId\":\"HK0790000001\",\"address\":\"45 Lê Thánh Tôn\",\"headIdNumber\":\"079090001234\","
                + "\"members\":[]}");
        assertFailure(() -> lgsp.populationRegistry().findHousehold("079090001234", CONTEXT), Kind.MALFORMED_ANSWER);

        answer("{\"householdId\":\"HK0790000001\",\"headIdNumber\":\"079090001234\",\"members\":[{\"idNumber\":"
                + "\"079090001234\",\"relation\":\"Chủ hộ\"}]}");
        assertFailure(() -> lgsp.populationRegistry().findHousehold("079090001234", CONTEXT), Kind.MALFORMED_ANSWER);
    }

    @Test
    void civilStatusRecordWithAnUnknownTypeOrRoleOrWithoutDates() {
        String record = "{\"registerNumber\":\"KS-1995-000001\",\"type\":\"birth\",\"registeredOn\":\"1995-09-01\","
                + "\"eventDate\":\"1995-08-20\",\"parties\":[{\"role\":\"child\",\"fullName\":\"Trần Thị Bích\"}]}";
        answer(record.replace("\"birth\"", "\"adoption\""));
        assertFailure(() -> lgsp.civilStatusRegistry().findRecord("KS-1995-000001", CONTEXT), Kind.MALFORMED_ANSWER);

        answer(record.replace("\"child\"", "\"godparent\""));
        assertFailure(() -> lgsp.civilStatusRegistry().findRecord("KS-1995-000001", CONTEXT), Kind.MALFORMED_ANSWER);

        answer(record.replace("\"eventDate\":\"1995-08-20\"", "\"eventDate\":\"20/08/1995\""));
        assertFailure(() -> lgsp.civilStatusRegistry().findRecord("KS-1995-000001", CONTEXT), Kind.MALFORMED_ANSWER);

        answer("{\"items\":[]}");
        assertFailure(() -> lgsp.civilStatusRegistry().findRecordsOf("079195005678", CONTEXT), Kind.MALFORMED_ANSWER);
    }

    @Test
    void businessWithoutNameOrWithAnUnknownStatusAndAVerdictlessNameCheck() {
        String business = "{\"taxCode\":\"0315000001\",\"name\":\"Hộ kinh doanh Phở An\",\"type\":\"household\","
                + "\"status\":\"active\"}";
        answer(business.replace("\"name\":\"Hộ kinh doanh Phở An\",", ""));
        assertFailure(() -> lgsp.businessRegistry().findByTaxCode("0315000001", CONTEXT), Kind.MALFORMED_ANSWER);

        answer(business.replace("\"active\"", "\"bankrupt\""));
        assertFailure(() -> lgsp.businessRegistry().findByTaxCode("0315000001", CONTEXT), Kind.MALFORMED_ANSWER);

        answer("{\"name\":\"Phở An\"}");
        assertFailure(() -> lgsp.businessRegistry().checkName("Phở An", CONTEXT), Kind.MALFORMED_ANSWER);
    }

    @Test
    void healthCardWithoutATenDigitNumber() {
        answer("{\"cardNumber\":\"79123\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2031-12-31\"}");

        assertFailure(() -> lgsp.socialInsurance().issueChildCard(new HealthInsuranceCardApplication("079226000001",
                "Nguyễn Minh Anh", LocalDate.of(2026, 1, 1), Gender.FEMALE, "079090001234", "45 Lê Thánh Tôn"),
                CONTEXT), Kind.MALFORMED_ANSWER);
    }

    @Test
    void syncAnswerThatSaysNothingAboutAcceptanceOrRefusesIt() {
        SyncRecord record = new SyncRecord(UUID.randomUUID(), "H29.12.05-261126-0007", "2.000635", "Trích lục",
                "079090001234", "Nguyễn Văn An", "CITIZEN", null, null, 1, Instant.now(), 2, "H29.12.05", 0,
                List.of());

        answer("<html>maintenance</html>");
        assertFailure(() -> lgsp.nationalPortal().sync(record, CONTEXT), Kind.MALFORMED_ANSWER);

        answer("{\"recordId\":\"" + record.recordId() + "\"}");
        assertFailure(() -> lgsp.nationalPortal().sync(record, CONTEXT), Kind.MALFORMED_ANSWER);

        answer("{\"recordId\":\"" + record.recordId() + "\",\"accepted\":false}");
        assertFailure(() -> lgsp.nationalPortal().sync(record, CONTEXT), Kind.REJECTED);
    }
}
