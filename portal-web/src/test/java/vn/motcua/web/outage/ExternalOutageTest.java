package vn.motcua.web.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.cases.dossier.ApplicantCheck;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.StatusChange;
import vn.motcua.web.support.Filing;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.web.support.SandboxRunner;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.sync.PendingSync;
import vn.motcua.workflow.sync.SyncBacklog;

/**
 * Filing goes on while an external system is down: the national portal's records pile up in the outbox and each
 * arrives exactly once when it is back; without the population database the form falls back to the e-ID claims.
 * Retries and the circuit breaker run on short intervals here, which gives this class its own application context
 * (and database).
 */
@TestPropertySource(properties = { "motcua.sync.retry-interval=300ms",
        "motcua.lgsp.circuit-breaker.open-duration=1s" })
class ExternalOutageTest extends PortalIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired SyncBacklog backlog;

    @AfterEach
    void systemsBack() throws Exception {
        send(HttpRequest.newBuilder(URI.create(SandboxRunner.baseUrl() + "/sandbox/faults")).DELETE());
    }

    @Test
    void nationalPortalRecordsPileUpDuringAnOutageAndArriveExactlyOnceAfterwards() throws Exception {
        // A citizen of her own, so that no other test's records (the stand-in serves every test context, and a fresh
        // database numbers dossiers from 0001 again) share her dossier's code and identity number.
        String idNumber = "079301004242";
        RequestPostProcessor mai = Logins.citizen(idNumber, "Lê Thị Mai", "2001-04-04", "female");
        long before = backlog.count();
        outage("national-portal");

        UUID id = filed(mai, idNumber, "Lê Thị Mai", "2001-04-04", "female");
        desk.accept(id, SampleDossiers.CLERK);
        Dossier dossier = await("the dossier in an agency's hands",
                () -> dossiers.get(id).status() == DossierStatus.IN_PROGRESS, () -> dossiers.get(id));
        String code = dossier.code();
        List<Integer> changes = dossier.history().stream().map(StatusChange::status).map(DossierStatus::code).toList();
        assertThat(changes).startsWith(1, 2).contains(4);

        // Deliveries are tried (and fail) for a while; nothing reaches the stand-in, everything waits in the outbox.
        await("attempts at the national portal", () -> pendingOf(code).stream().anyMatch(p -> p.attempts() > 1),
                () -> null);
        assertThat(backlog.count()).isGreaterThanOrEqualTo(before + changes.size());
        assertThat(pendingOf(code)).extracting(p -> p.status().code()).containsExactlyInAnyOrderElementsOf(changes);
        assertThat(received(code, idNumber)).isEmpty();
        String page = mvc.perform(get("/admin/sync").with(Logins.staff("quantri", "H29", "ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(code).contains("id=\"sync-pending\"").contains("Đang xử lý");

        send(HttpRequest.newBuilder(URI.create(SandboxRunner.baseUrl() + "/sandbox/faults")).DELETE());
        await("an empty backlog", () -> backlog.count() == 0, () -> null);

        Map<Integer, Long> perStatus = received(code, idNumber).stream()
                .collect(Collectors.groupingBy(record -> record.get("status").asInt(), Collectors.counting()));
        assertThat(perStatus.keySet()).containsExactlyInAnyOrderElementsOf(changes);
        assertThat(perStatus.values()).as("each status change once, no duplicates").containsOnly(1L);
        assertThat(mvc.perform(get("/admin/sync").with(Logins.staff("quantri", "H29", "ADMIN"))).andReturn()
                .getResponse().getContentAsString()).contains("id=\"sync-empty\"");
    }

    @Test
    void withoutThePopulationDatabaseTheFormFallsBackToTheEidClaimsAndTheCheckCatchesUpAfterwards() throws Exception {
        String idNumber = "079201000321";
        RequestPostProcessor khoa = Logins.citizen(idNumber, "Lê Minh Khoa", "2001-03-03", "male");
        outage("population");

        UUID draft = Filing.startDraft(mvc, khoa, "2.000635");
        String form = mvc.perform(get("/my/drafts/" + draft).with(khoa)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("id=\"prefill-problem\"")
                .contains("Chưa kết nối được Cơ sở dữ liệu quốc gia về dân cư")
                .contains("Thông tin lấy từ tài khoản định danh điện tử của bạn").contains("Lê Minh Khoa");

        UUID id = filed(khoa, idNumber, "Lê Minh Khoa", "2001-03-03", "male");
        Dossier dossier = dossiers.get(id);
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.applicant().fullName()).isEqualTo("Lê Minh Khoa");
        assertThat(dossier.applicant().idNumber()).isEqualTo(idNumber);
        assertThat(dossier.applicantCheck()).isEqualTo(ApplicantCheck.PENDING);

        // The failed lookups are in the citizen's access log too.
        assertThat(mvc.perform(get("/my/data-access").with(khoa)).andReturn().getResponse().getContentAsString())
                .contains("Không thực hiện được").contains("Nộp hồ sơ thủ tục 2.000635");

        send(HttpRequest.newBuilder(URI.create(SandboxRunner.baseUrl() + "/sandbox/faults")).DELETE());
        Dossier checked = await("the applicant checked once the database is back",
                () -> dossiers.get(id).applicantCheck() != ApplicantCheck.PENDING, () -> dossiers.get(id));
        assertThat(checked.applicantCheck()).isEqualTo(ApplicantCheck.CONFIRMED);
        assertThat(mvc.perform(get("/my/dossiers/" + id).with(khoa)).andReturn().getResponse().getContentAsString())
                .contains("Đã đối chiếu sau khi nộp: khớp với Cơ sở dữ liệu quốc gia về dân cư.");
    }

    private UUID filed(RequestPostProcessor citizen, String idNumber, String name, String birthDate, String gender)
            throws Exception {
        return Filing.fileExtract(mvc, citizen, name, birthDate, gender, idNumber);
    }

    private List<PendingSync> pendingOf(String code) {
        return backlog.pending(PageRequest.of(0, 1000)).stream().filter(p -> p.dossierCode().equals(code)).toList();
    }

    /** The records the national portal's stand-in accepted for this dossier. */
    private static List<JsonNode> received(String code, String ownerIdNumber) throws Exception {
        URI uri = UriComponentsBuilder.fromUriString(SandboxRunner.baseUrl() + "/sandbox/national-portal/records")
                .queryParam("dossierCode", code).build().encode().toUri();
        List<JsonNode> records = new ArrayList<>();
        for (JsonNode record : JSON.readTree(send(HttpRequest.newBuilder(uri).GET()))) {
            if (ownerIdNumber.equals(record.get("ownerIdNumber").asString())) {
                records.add(record);
            }
        }
        return records;
    }

    private static void outage(String api) throws Exception {
        send(HttpRequest.newBuilder(URI.create(SandboxRunner.baseUrl() + "/sandbox/faults/" + api))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"outage\":true}")));
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 299);
        return answer.body();
    }

    private static <T> T await(String what, BooleanSupplier condition, java.util.function.Supplier<T> result) {
        Awaitility.await(what).atMost(DEADLINE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(condition::getAsBoolean);
        return result.get();
    }
}
