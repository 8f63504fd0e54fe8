package vn.motcua.lgsp.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.motcua.lgsp.DataAccessed;
import vn.motcua.lgsp.DataAccessed.Outcome;
import vn.motcua.lgsp.Gender;
import vn.motcua.lgsp.HealthInsuranceCardApplication;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.LgspException.Kind;
import vn.motcua.lgsp.LgspProperties;
import vn.motcua.lgsp.SyncRecord;

/** How the connector behaves when the gateway stand-in misbehaves (faults injected over its control API). */
class GatewayResilienceContractTest {

    static final String AN = GatewayContractTest.AN;
    static final String BICH = GatewayContractTest.BICH;
    static final String KHOA = GatewayContractTest.KHOA;
    static final LgspContext CONTEXT = GatewayContractTest.CONTEXT;

    final List<DataAccessed> events = SandboxGateway.events();

    @BeforeEach
    void reset() {
        SandboxGateway.reset();
    }

    @Test
    void idempotentReadsAreRetriedUnderAHalfErrorRate() {
        LgspHttpAdapter lgsp = SandboxGateway.adapter(events);
        SandboxGateway.fault("population", "{\"errorRate\":0.5}");

        for (String person : List.of(AN, BICH, KHOA)) {
            assertThat(lgsp.populationRegistry().findCitizen(person, CONTEXT)).isPresent();
        }

        // Calls 2, 4 and 6 of the gateway fail, each retried once under the same request id.
        List<Map<String, Object>> journal = SandboxGateway.journal();
        assertThat(journal).extracting(call -> call.get("status")).containsExactly(200, 500, 200, 500, 200);
        assertThat(journal.get(1).get("requestId")).isEqualTo(journal.get(2).get("requestId"));
        assertThat(events).extracting(DataAccessed::outcome).containsOnly(Outcome.OK).hasSize(3);
    }

    @Test
    void theInsuranceCardIssueIsNeverRetried() {
        LgspHttpAdapter lgsp = SandboxGateway.adapter(events);
        SandboxGateway.fault("insurance", "{\"errorRate\":1.0}");
        LocalDate born = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1);

        assertThatThrownBy(() -> lgsp.socialInsurance().issueChildCard(new HealthInsuranceCardApplication(
                "079224999001", "Nguyễn Minh Anh", born, Gender.FEMALE, AN, "45 Lê Thánh Tôn"), CONTEXT))
                .isInstanceOfSatisfying(LgspException.class, ex -> assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE));

        assertThat(SandboxGateway.journal()).hasSize(1);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(event.service()).isEqualTo("INSURANCE_CHILD_CARD");
            assertThat(event.subject()).isEqualTo("079224999001");
        });
    }

    @Test
    void theCircuitOfAServiceOpensUnderAnOutageAndSparesTheOthers() {
        LgspHttpAdapter lgsp = SandboxGateway.adapter(SandboxGateway.properties(null,
                new LgspProperties.Retry(2, Duration.ofMillis(10), 2),
                new LgspProperties.CircuitBreaker(50, 4, 4, Duration.ofMinutes(1)), null), events);
        SandboxGateway.fault("civil-status", "{\"outage\":true}");

        assertFailure(() -> lgsp.civilStatusRegistry().findRecordsOf(BICH, CONTEXT), Kind.UNAVAILABLE);
        // The second call's two failed attempts fill the window: the circuit opens.
        assertFailure(() -> lgsp.civilStatusRegistry().findRecordsOf(KHOA, CONTEXT), Kind.UNAVAILABLE);
        LgspException open = assertFailure(() -> lgsp.civilStatusRegistry().findRecordsOf(AN, CONTEXT),
                Kind.CIRCUIT_OPEN);

        assertThat(open.messageKey()).isEqualTo("lgsp.error.circuit-open");
        assertThat(SandboxGateway.journal()).hasSize(4);
        assertThat(lgsp.populationRegistry().findCitizen(AN, CONTEXT)).isPresent();
        assertThat(events).extracting(DataAccessed::outcome)
                .containsExactly(Outcome.FAILED, Outcome.FAILED, Outcome.FAILED, Outcome.OK);
    }

    @Test
    void aHangingGatewayTimesOutQuicklyWithoutRetries() {
        LgspHttpAdapter lgsp = SandboxGateway.adapter(
                SandboxGateway.properties(Duration.ofMillis(300), null, null, null), events);
        SandboxGateway.fault("population", "{\"latencyMillis\":1500}");

        long started = System.nanoTime();
        assertFailure(() -> lgsp.populationRegistry().findCitizen(AN, CONTEXT), Kind.TIMEOUT);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1200));
        assertThat(events).singleElement().extracting(DataAccessed::outcome).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aTokenThatExpiredMidRunIsReplacedAndTheCallRepeated() {
        LgspHttpAdapter lgsp = SandboxGateway.adapter(events);
        assertThat(lgsp.populationRegistry().findCitizen(AN, CONTEXT)).isPresent();

        SandboxGateway.expireTokens();
        assertThat(lgsp.populationRegistry().findCitizen(BICH, CONTEXT)).isPresent();
        SandboxGateway.expireTokens();
        LocalDate born = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(3);
        assertThat(lgsp.socialInsurance().issueChildCard(new HealthInsuranceCardApplication("079224999002",
                "Trần Gia Bảo", born, Gender.MALE, BICH, "120 Nguyễn Trãi"), CONTEXT).cardNumber()).hasSize(10);

        // The refused attempts never passed the gateway's checks: each call reached its database once.
        assertThat(SandboxGateway.journal()).extracting(call -> call.get("status")).containsExactly(200, 200, 201);
    }

    @Test
    void dataAccessEventsNameTheCallAndItsOutcome() {
        LgspHttpAdapter lgsp = SandboxGateway.adapter(events);

        lgsp.populationRegistry().findCitizen(AN, CONTEXT);
        lgsp.populationRegistry().findCitizen("079090999999", CONTEXT);
        lgsp.businessRegistry().checkName("Phở Hòa", CONTEXT);
        lgsp.businessRegistry().findByTaxCode("0315000001", CONTEXT);
        SandboxGateway.fault("population", "{\"outage\":true}");
        assertFailure(() -> lgsp.populationRegistry().findHousehold(KHOA, CONTEXT), Kind.UNAVAILABLE);

        assertThat(events).extracting(DataAccessed::service, DataAccessed::subject, DataAccessed::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("POPULATION_PROFILE", AN, Outcome.OK),
                        org.assertj.core.groups.Tuple.tuple("POPULATION_PROFILE", "079090999999", Outcome.NOT_FOUND),
                        org.assertj.core.groups.Tuple.tuple("BUSINESS_PROFILE", "0315000001", Outcome.OK),
                        org.assertj.core.groups.Tuple.tuple("POPULATION_HOUSEHOLD", KHOA, Outcome.FAILED));
        DataAccessed first = events.get(0);
        assertThat(first.requestingUnit()).isEqualTo("H29.12.05");
        assertThat(first.official()).isEqualTo("tiepnhan.benthanh");
        assertThat(first.purpose()).isEqualTo("H29.12.05-261126-0007");
        assertThat(first.fields()).contains("fullName", "birthDate", "permanentAddress");
        assertThat(first.at()).isBefore(java.time.Instant.now().plusSeconds(1));
        assertThat(first.requestId().toString()).isEqualTo(SandboxGateway.journal().get(0).get("requestId"));
    }

    @Test
    void aCachedReadForTheSameDossierDoesNotCallTheGatewayAgainButIsStillReportedAsARead() {
        LgspHttpAdapter lgsp = SandboxGateway.adapter(events);
        LgspContext otherDossier = new LgspContext("H29.12.05", "tiepnhan.benthanh", "H29.12.05-261126-0008");

        lgsp.populationRegistry().findCitizen(AN, CONTEXT);
        lgsp.populationRegistry().findCitizen(AN, CONTEXT);
        lgsp.populationRegistry().findCitizen(AN, otherDossier);

        assertThat(SandboxGateway.journal()).extracting(call -> call.get("purpose"))
                .containsExactly(CONTEXT.purpose(), otherDossier.purpose());
        // the cache's answer is a read of the citizen's data all the same: reported, marked as from the cache
        assertThat(events).extracting(DataAccessed::outcome).containsExactly(Outcome.OK, Outcome.CACHED, Outcome.OK);
        DataAccessed cached = events.get(1);
        assertThat(cached.subject()).isEqualTo(events.get(0).subject());
        assertThat(cached.official()).isEqualTo(CONTEXT.official());
        assertThat(cached.purpose()).isEqualTo(CONTEXT.purpose());
        assertThat(cached.service()).isEqualTo(events.get(0).service());
        assertThat(cached.fields()).isEqualTo(events.get(0).fields());
        assertThat(cached.requestId()).isNotEqualTo(events.get(0).requestId());
        assertThat(SandboxGateway.journal()).extracting(call -> call.get("requestId"))
                .doesNotContain(cached.requestId().toString());
    }

    @Test
    void callsBeyondTheRateLimitFailAsRateLimited() {
        LgspHttpAdapter lgsp = SandboxGateway.adapter(
                SandboxGateway.properties(null, null, null, new LgspProperties.RateLimit(2, Duration.ZERO)), events);

        lgsp.populationRegistry().findCitizen(AN, CONTEXT);
        lgsp.populationRegistry().findCitizen(BICH, CONTEXT);
        LgspException limited = assertFailure(() -> lgsp.populationRegistry().findCitizen(KHOA, CONTEXT),
                Kind.RATE_LIMITED);

        assertThat(limited.messageKey()).isEqualTo("lgsp.error.rate-limited");
        assertThat(SandboxGateway.journal()).hasSize(2);
    }

    @Test
    void atTheRateLimitAUserFailsAtOnceWhileBackgroundWorkWaitsForTheNextCall() {
        LgspHttpAdapter lgsp = SandboxGateway.adapter(SandboxGateway.properties(null, null, null,
                new LgspProperties.RateLimit(1, Duration.ZERO, Duration.ofSeconds(10))), events);
        SyncRecord record = syncRecord();

        lgsp.populationRegistry().findCitizen(AN, CONTEXT);
        LgspException limited = assertFailure(() -> lgsp.populationRegistry().findCitizen(BICH, CONTEXT),
                Kind.RATE_LIMITED);
        lgsp.nationalPortal().sync(record, CONTEXT.inBackground());

        assertThat(limited.messageKey()).isEqualTo("lgsp.error.rate-limited");
        assertThat(SandboxGateway.nationalPortalRecords()).singleElement()
                .satisfies(received -> assertThat(received).containsEntry("recordId", record.recordId().toString()));
        assertThat(SandboxGateway.journal()).extracting(call -> (String) call.get("path"))
                .noneMatch(path -> path.contains(BICH));
    }

    @Test
    void backgroundWorkThatGetsNoCallWithinItsWaitFailsAsRateLimited() {
        LgspHttpAdapter lgsp = SandboxGateway.adapter(SandboxGateway.properties(null, null, null,
                new LgspProperties.RateLimit(1, Duration.ZERO, Duration.ofMillis(100))), events);

        lgsp.populationRegistry().findCitizen(AN, CONTEXT);
        LgspException limited = assertFailure(() -> lgsp.nationalPortal().sync(syncRecord(), CONTEXT.inBackground()),
                Kind.RATE_LIMITED);

        assertThat(limited.messageKey()).isEqualTo("lgsp.error.rate-limited");
        assertThat(SandboxGateway.nationalPortalRecords()).isEmpty();
        assertThat(SandboxGateway.journal()).extracting(call -> call.get("serviceCode"))
                .doesNotContain("NATIONAL_PORTAL_SYNC");
    }

    static SyncRecord syncRecord() {
        return new SyncRecord(UUID.randomUUID(), CONTEXT.purpose(), "2.000635", "Cấp bản sao trích lục hộ tịch", AN,
                "Nguyễn Văn An", "CITIZEN", Instant.parse("2026-11-26T02:15:00Z"),
                Instant.parse("2026-11-27T10:00:00Z"), 2, Instant.parse("2026-11-26T02:15:30Z"), 2, "H29.12.05", 0,
                List.of());
    }

    static LgspException assertFailure(Runnable call, Kind kind) {
        try {
            call.run();
        }
        catch (LgspException ex) {
            assertThat(ex.kind()).as(ex.getMessage()).isEqualTo(kind);
            return ex;
        }
        throw new AssertionError("expected an LgspException of kind " + kind);
    }
}
