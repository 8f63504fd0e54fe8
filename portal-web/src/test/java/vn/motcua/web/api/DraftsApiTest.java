package vn.motcua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static vn.motcua.web.api.ApiClient.AN;
import static vn.motcua.web.api.ApiClient.an;
import static vn.motcua.web.api.ApiClient.bich;
import static vn.motcua.web.api.ApiClient.huy;
import static vn.motcua.web.api.ApiClient.json;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

import vn.motcua.cases.draft.Drafts;
import vn.motcua.web.support.PortalIntegrationTest;

/** Drafts, attachments and the catalogue through REST API v1: limits, types, levels, scopes and ownership. */
class DraftsApiTest extends PortalIntegrationTest {

    private static final int MB = 1024 * 1024;

    @Autowired Drafts drafts;
    @Autowired JdbcClient jdbc;

    private long draftCount() {
        return jdbc.sql("select count(*) from draft").query(Long.class).single();
    }

    private UUID started() throws Exception {
        return UUID.fromString(json(ApiClient.startDraft(mvc, an(), "2.000635")).get("id").asString());
    }

    private static byte[] pdfOf(int size) {
        byte[] content = new byte[size];
        System.arraycopy(ApiClient.PDF, 0, content, 0, ApiClient.PDF.length);
        return content;
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response).get("code").asString()).isEqualTo(code);
        assertThat(json(response).get("detail").asString()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void theCatalogueIsPublicPagedAndAnUnknownProcedureIsAProblem() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/api/v1/procedures").param("size", "1")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(json(page).get("items")).hasSize(1);
        assertThat(json(page).get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        MockHttpServletResponse byAgency = mvc.perform(get("/api/v1/procedures").param("agency", "H29.12.05"))
                .andReturn().getResponse();
        assertThat(json(byAgency).get("items").valueStream().map(i -> i.get("agencyCode").asString()))
                .isNotEmpty().containsOnly("H29.12.05");

        assertProblem(mvc.perform(get("/api/v1/procedures").param("size", "1000")).andReturn().getResponse(), 400,
                "INVALID_PAGING");
        assertProblem(mvc.perform(get("/api/v1/procedures").param("page", "một")).andReturn().getResponse(), 400,
                "INVALID_PARAMETER");
        assertProblem(mvc.perform(get("/api/v1/procedures/9.999999")).andReturn().getResponse(), 404,
                "PROCEDURE_NOT_FOUND");
        long before = draftCount();
        assertProblem(ApiClient.startDraft(mvc, an(), "9.999999"), 404, "PROCEDURE_NOT_FOUND");
        assertProblem(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/drafts")
                .contentType("application/json").content("{").with(an())).andReturn().getResponse(), 400, "INVALID_BODY");
        assertThat(draftCount()).isEqualTo(before);
    }

    @Test
    void attachmentsOverTheLimitsOfAnUnknownTypeOrEmptyGetProblems() throws Exception {
        UUID draft = started();

        assertProblem(ApiClient.upload(mvc, an(), draft, 1, "<html><body>".getBytes(StandardCharsets.UTF_8)), 415,
                "FILE_TYPE");
        assertProblem(ApiClient.upload(mvc, an(), draft, 1, new byte[0]), 400, "FILE_EMPTY");
        MockHttpServletResponse tooLarge = ApiClient.upload(mvc, an(), draft, 1, pdfOf(10 * MB + 1));
        assertProblem(tooLarge, 413, "FILE_TOO_LARGE");
        assertThat(json(tooLarge).get("detail").asString()).contains("10 MB");
        assertProblem(ApiClient.upload(mvc, an(), draft, 99, ApiClient.PDF), 400, "UNKNOWN_SLOT");
        assertProblem(mvc.perform(multipart("/api/v1/drafts/" + draft + "/attachments").param("slot", "1").with(an()))
                .andReturn().getResponse(), 400, "FILE_MISSING");
        assertThat(drafts.find(draft, AN).orElseThrow().attachments()).isEmpty();

        byte[] ten = pdfOf(10 * MB);
        for (int i = 0; i < 3; i++) {
            assertThat(ApiClient.upload(mvc, an(), draft, 1, ten).getStatus()).isEqualTo(201);
        }
        MockHttpServletResponse full = ApiClient.upload(mvc, an(), draft, 1, ApiClient.PDF);
        assertProblem(full, 413, "DOSSIER_TOO_LARGE");
        assertThat(json(full).get("detail").asString()).contains("30 MB");
        assertThat(drafts.find(draft, AN).orElseThrow().attachments()).hasSize(3);

        MockHttpServletResponse overContainer = mvc.perform(multipart("/api/v1/drafts/" + draft + "/attachments")
                .file(new MockMultipartFile("file", "huge.pdf", "application/pdf", ApiClient.PDF)).param("slot", "1")
                .header("Content-Length", String.valueOf(40L * MB)).with(an())).andReturn().getResponse();
        assertProblem(overContainer, 413, "REQUEST_TOO_LARGE");
    }

    @Test
    void anAttachmentIsDownloadedAsAFileAndRemoved() throws Exception {
        UUID draft = started();
        String id = json(ApiClient.upload(mvc, an(), draft, 1, ApiClient.PDF)).get("id").asString();
        String link = "/api/v1/drafts/" + draft + "/attachments/" + id;

        MockHttpServletResponse file = mvc.perform(get(link).with(an())).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment;").contains("to-khai.pdf");
        assertThat(file.getContentAsByteArray()).isEqualTo(ApiClient.PDF);
        assertThat(mvc.perform(get(link).with(bich())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(delete(link).with(bich())).andReturn().getResponse().getStatus()).isEqualTo(404);

        assertThat(mvc.perform(delete(link).with(an())).andReturn().getResponse().getStatus()).isEqualTo(204);
        assertProblem(mvc.perform(get(link).with(an())).andReturn().getResponse(), 404, "NOT_FOUND");
        assertThat(drafts.find(draft, AN).orElseThrow().attachments()).isEmpty();
    }

    @Test
    void anotherCitizensDraftIsNotFoundAndADeletedDraftIsGone() throws Exception {
        UUID draft = started();
        assertProblem(mvc.perform(get("/api/v1/drafts/" + draft).with(bich())).andReturn().getResponse(), 404, "NOT_FOUND");
        assertProblem(ApiClient.save(mvc, bich(), draft, Map.of("step", 0, "values", Map.of("phone", "0911111111"))),
                404, "NOT_FOUND");
        assertProblem(ApiClient.upload(mvc, bich(), draft, 1, ApiClient.PDF), 404, "NOT_FOUND");
        assertProblem(ApiClient.submit(mvc, bich(), draft, UUID.randomUUID().toString()), 404, "NOT_FOUND");
        assertProblem(mvc.perform(delete("/api/v1/drafts/" + draft).with(bich())).andReturn().getResponse(), 404,
                "NOT_FOUND");
        assertThat(mvc.perform(get("/api/v1/drafts").with(bich())).andReturn().getResponse().getContentAsString())
                .doesNotContain(draft.toString());
        assertThat(drafts.find(draft, AN)).isPresent();

        assertProblem(ApiClient.save(mvc, an(), draft, Map.of("step", 7, "values", Map.of())), 400, "UNKNOWN_STEP");
        assertProblem(ApiClient.save(mvc, an(), draft, Map.of("step", 0)), 400, "MISSING_PARAMETER");
        assertThat(mvc.perform(delete("/api/v1/drafts/" + draft).with(an())).andReturn().getResponse().getStatus())
                .isEqualTo(204);
        assertThat(drafts.find(draft, AN)).isEmpty();
        assertThat(mvc.perform(get("/api/v1/drafts/not-a-uuid").with(an())).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void theBasicLevelAndATokenWithoutDossiersWriteMayNotChangeDrafts() throws Exception {
        long before = draftCount();
        assertThat(ApiClient.startDraft(mvc, huy(), "2.000635").getStatus()).as("basic e-ID level").isEqualTo(403);
        var readOnly = ApiClient.token(AN, "Nguyễn Văn An", "1990-05-12", "male", "eid-high", "openid dossiers.read");
        assertThat(ApiClient.startDraft(mvc, readOnly, "2.000635").getStatus()).as("no dossiers.write").isEqualTo(403);
        assertThat(draftCount()).isEqualTo(before);

        UUID draft = ApiClient.readyDraft(mvc, an(), "Nguyễn Văn An", "1990-05-12", "male", AN);
        assertThat(ApiClient.save(mvc, readOnly, draft, Map.of("values", Map.of("phone", "0911111111"))).getStatus())
                .isEqualTo(403);
        assertThat(ApiClient.upload(mvc, readOnly, draft, 1, ApiClient.PDF).getStatus()).isEqualTo(403);
        assertThat(ApiClient.submit(mvc, readOnly, draft, UUID.randomUUID().toString()).getStatus()).isEqualTo(403);
        assertThat(mvc.perform(delete("/api/v1/drafts/" + draft).with(readOnly)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/drafts/" + draft).with(readOnly)).andReturn().getResponse().getStatus())
                .as("reading needs dossiers.read only").isEqualTo(200);
        assertThat(drafts.find(draft, AN).orElseThrow().formData().get("phone")).isEqualTo("0901234567");
        assertThat(drafts.find(draft, AN).orElseThrow().attachments()).hasSize(1);
        assertThat(mvc.perform(get("/api/v1/drafts")).andReturn().getResponse().getStatus()).as("no token")
                .isEqualTo(401);
    }
}
