package vn.motcua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.motcua.web.api.ApiClient.AN;
import static vn.motcua.web.api.ApiClient.BICH;
import static vn.motcua.web.api.ApiClient.an;
import static vn.motcua.web.api.ApiClient.bich;
import static vn.motcua.web.api.ApiClient.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.JsonNode;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

/** Filing procedure 2.000635 through REST API v1 only, from the catalogue to the signed result, and its idempotency. */
class FilingApiJourneyTest extends PortalIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired StoredFiles files;

    private long dossiersOf(String owner) {
        return jdbc.sql("select count(*) from dossier where owner_id_number = ?").param(owner).query(Long.class).single();
    }

    @Test
    void aCitizenFilesThroughTheApiFollowsTheDossierAndDownloadsTheSignedResult() throws Exception {
        MockHttpServletResponse found = mvc.perform(get("/api/v1/procedures").param("q", "trich luc ho tich"))
                .andReturn().getResponse();
        assertThat(found.getStatus()).isEqualTo(200);
        assertThat(json(found).get("items").valueStream().map(i -> i.get("code").asString())).contains("2.000635");

        JsonNode procedure = json(mvc.perform(get("/api/v1/procedures/2.000635")).andReturn().getResponse());
        assertThat(procedure.get("fee").get("amount").asLong()).isEqualTo(8000);
        assertThat(procedure.get("fileableOnline").asBoolean()).isTrue();
        assertThat(procedure.get("documents").get(0).get("slot").asInt()).isEqualTo(1);
        assertThat(procedure.get("form").get("steps").get(0).get("fields").get(0).get("key").asString())
                .isEqualTo("applicantName");

        MockHttpServletResponse started = ApiClient.startDraft(mvc, an(), "2.000635");
        assertThat(started.getStatus()).as(started.getContentAsString()).isEqualTo(201);
        JsonNode draft = json(started);
        UUID id = UUID.fromString(draft.get("id").asString());
        assertThat(started.getHeader("Location")).isEqualTo("/api/v1/drafts/" + id);
        assertThat(draft.get("values").get("applicantName").asString()).as("prefilled").isEqualTo("Nguyễn Văn An");
        assertThat(draft.get("verified").get("applicantName").get("source").asString()).isEqualTo("population");

        MockHttpServletResponse wrong = ApiClient.save(mvc, an(), id, Map.of("step", 0,
                "values", Map.of("phone", "không phải số", "applicantName", "Người Khác")));
        assertThat(wrong.getStatus()).isEqualTo(200);
        JsonNode kept = json(wrong);
        assertThat(kept.get("values").get("phone").asString()).as("kept despite the mistake").isEqualTo("không phải số");
        assertThat(kept.get("values").get("applicantName").asString()).as("verified").isEqualTo("Nguyễn Văn An");
        assertThat(kept.get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("path").asString()).isEqualTo("phone");
            assertThat(p.get("message").asString()).isNotBlank();
        });

        MockHttpServletResponse saved = ApiClient.save(mvc, an(), id,
                Map.of("values", ApiClient.request("Nguyễn Văn An", "1990-05-12", "male", AN)));
        assertThat(json(saved).get("problems")).isEmpty();
        JsonNode beforeUpload = json(mvc.perform(get("/api/v1/drafts/" + id).with(an())).andReturn().getResponse());
        assertThat(beforeUpload.get("problems").valueStream().map(p -> p.get("path").asString()))
                .as("only the required document is missing").containsExactly("document-1");
        MockHttpServletResponse uploaded = ApiClient.upload(mvc, an(), id, 1, ApiClient.PDF);
        assertThat(uploaded.getStatus()).isEqualTo(201);
        assertThat(json(uploaded).get("sha256").asString()).isEqualTo(StoredFiles.sha256(ApiClient.PDF));
        assertThat(json(mvc.perform(get("/api/v1/drafts").with(an())).andReturn().getResponse()).valueStream()
                .map(d -> d.get("id").asString())).contains(id.toString());

        MockHttpServletResponse submitted = ApiClient.submit(mvc, an(), id, UUID.randomUUID().toString());
        assertThat(submitted.getStatus()).as(submitted.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        JsonNode dossier = json(submitted);
        UUID dossierId = UUID.fromString(dossier.get("id").asString());
        assertThat(submitted.getHeader("Location")).isEqualTo("/api/v1/dossiers/" + dossierId);
        assertThat(dossier.get("status").asInt()).isEqualTo(1);
        assertThat(dossier.get("code").asString()).startsWith("H29.12.05-");
        assertThat(json(mvc.perform(get("/api/v1/drafts/" + id).with(an())).andReturn().getResponse())
                .get("dossierId").asString()).isEqualTo(dossierId.toString());
        assertThat(files.of(dossierId, FileKind.ATTACHMENT)).hasSize(1);

        desk.accept(dossierId, SampleDossiers.CLERK);
        desk.review(dossierId, SampleDossiers.SPECIALIST);
        desk.approve(dossierId, SampleDossiers.LEADER);
        StoredFile result = SampleDossiers.awaitResult(files, dossierId);

        JsonNode timeline = json(mvc.perform(get("/api/v1/dossiers/" + dossierId + "/timeline").with(an()))
                .andReturn().getResponse());
        assertThat(timeline.get("status").asInt()).isEqualTo(9);
        assertThat(timeline.get("entries").valueStream().map(e -> e.get("status").asInt())).startsWith(1, 2).endsWith(9);

        MockHttpServletResponse documents = mvc.perform(get("/api/v1/dossiers/" + dossierId + "/documents").with(an()))
                .andReturn().getResponse();
        assertThat(documents.getStatus()).isEqualTo(200);
        JsonNode listed = json(documents);
        // Slips issued in the background at the transitions are listed too; the result is there once.
        List<JsonNode> results = listed.valueStream().filter(d -> "RESULT".equals(d.get("kind").asString())).toList();
        assertThat(results).hasSize(1);
        JsonNode listedResult = results.get(0);
        assertThat(listedResult.get("sha256").asString()).isEqualTo(result.sha256());
        assertThat(listedResult.get("signedAt").isNull()).isFalse();

        String link = "/api/v1/dossiers/" + dossierId + "/documents/" + listedResult.get("id").asString();
        assertThat(mvc.perform(get(link).with(bich())).andReturn().getResponse().getStatus())
                .as("another citizen").isEqualTo(404);
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.RESULT_READY);
        MockHttpServletResponse pdf = mvc.perform(get(link).with(an())).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(StoredFiles.sha256(pdf.getContentAsByteArray())).isEqualTo(result.sha256());
        assertThat(dossiers.get(dossierId).status()).as("a download changes nothing")
                .isEqualTo(DossierStatus.RESULT_READY);
        MockHttpServletResponse received = mvc.perform(post("/api/v1/dossiers/" + dossierId + "/result/receipt")
                .with(an())).andReturn().getResponse();
        assertThat(received.getStatus()).isEqualTo(200);
        assertThat(json(received).get("status").asInt()).isEqualTo(10);
        assertThat(dossiers.get(dossierId).status()).as("handed over by the receipt").isEqualTo(DossierStatus.RESULT_DELIVERED);
        assertThat(mvc.perform(post("/api/v1/dossiers/" + dossierId + "/result/receipt").with(an())).andReturn()
                .getResponse().getStatus()).as("again changes nothing").isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/dossiers/" + dossierId + "/documents/" + UUID.randomUUID()).with(an()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void tenConcurrentSubmitsWithOneKeyMakeExactlyOneDossier() throws Exception {
        UUID draft = ApiClient.readyDraft(mvc, bich(), "Trần Thị Bích", "1995-08-20", "female", BICH);
        String key = UUID.randomUUID().toString();
        long before = dossiersOf(BICH);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return ApiClient.submit(mvc, bich(), draft, key);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            Set<String> dossierIds = new HashSet<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get(60, TimeUnit.SECONDS);
                statuses.add(response.getStatus());
                dossierIds.add(json(response).get("id").asString());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(dossierIds).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(dossiersOf(BICH)).isEqualTo(before + 1);

        MockHttpServletResponse replay = ApiClient.submit(mvc, bich(), draft, key);
        assertThat(replay.getStatus()).as("a later replay").isEqualTo(200);
        assertThat(dossiersOf(BICH)).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherDraftIsAConflictAndAMissingOrBadKeyIsRefused() throws Exception {
        UUID first = ApiClient.readyDraft(mvc, bich(), "Trần Thị Bích", "1995-08-20", "female", BICH);
        UUID second = ApiClient.readyDraft(mvc, bich(), "Trần Thị Bích", "1995-08-20", "female", BICH);
        String key = UUID.randomUUID().toString();
        assertThat(ApiClient.submit(mvc, bich(), first, key).getStatus()).isEqualTo(201);
        long before = dossiersOf(BICH);

        MockHttpServletResponse conflict = ApiClient.submit(mvc, bich(), second, key);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentType()).startsWith("application/problem+json");
        assertThat(json(conflict).get("code").asString()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(json(conflict).get("detail").asString()).contains("Idempotency-Key này đã được dùng");

        MockHttpServletResponse missing = ApiClient.submit(mvc, bich(), second, null);
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(json(missing).get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_MISSING");
        for (String bad : List.of("có dấu", "a b", "x".repeat(101))) {
            MockHttpServletResponse invalid = ApiClient.submit(mvc, bich(), second, bad);
            assertThat(invalid.getStatus()).as(bad).isEqualTo(400);
            assertThat(json(invalid).get("code").asString()).isEqualTo("IDEMPOTENCY_KEY_INVALID");
        }
        MockHttpServletResponse again = ApiClient.submit(mvc, bich(), first, UUID.randomUUID().toString());
        assertThat(again.getStatus()).as("a submitted draft under a new key").isEqualTo(409);
        assertThat(json(again).get("code").asString()).isEqualTo("DRAFT_SUBMITTED");
        assertThat(dossiersOf(BICH)).isEqualTo(before);

        MockHttpServletResponse started = ApiClient.startDraft(mvc, bich(), "2.000635");
        UUID empty = UUID.fromString(json(started).get("id").asString());
        MockHttpServletResponse incomplete = ApiClient.submit(mvc, bich(), empty, UUID.randomUUID().toString());
        assertThat(incomplete.getStatus()).isEqualTo(422);
        assertThat(json(incomplete).get("code").asString()).isEqualTo("INCOMPLETE");
        assertThat(json(incomplete).get("problems").valueStream().map(p -> p.get("path").asString()))
                .contains("phone", "document-1");
        assertThat(dossiersOf(BICH)).isEqualTo(before);
    }
}
