package vn.motcua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.evaluation.Evaluations;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

/** REST API v1 for tracking, supplements, withdrawal and evaluation, its problem details and its OpenAPI document. */
class DossierActionsApiTest extends PortalIntegrationTest {

    private static final String AN = "079090001234";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PDF = "%PDF-1.4\n%api\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired Evaluations evaluations;
    @Autowired StoredFiles files;
    @Autowired TaskService tasks;

    /** A high-level citizen's token with the scopes, turned into authorities by the portal's own converter. */
    private static RequestPostProcessor token(String subject, String... scopes) {
        return jwt().jwt(builder -> builder.subject(subject).claim("account_type", "citizen").claim("acr", "eid-high")
                .claim("scope", String.join(" ", scopes))).authorities(token -> new java.util.ArrayList<GrantedAuthority>(
                        new vn.motcua.web.security.ApiTokens(staff -> java.util.Set.of()).convert(token).getAuthorities()));
    }

    private static RequestPostProcessor an() {
        return token(AN, "dossiers.read", "dossiers.write");
    }

    private Dossier filed() {
        return dossiers.file(SampleDossiers.ownBirthExtract(AN, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse answer(Dossier dossier, RequestPostProcessor who, MockMultipartFile... parts)
            throws Exception {
        var request = multipart("/api/v1/dossiers/" + dossier.id() + "/supplement");
        for (MockMultipartFile part : parts) {
            request.file(part);
        }
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }

    @Test
    void theTimelineNamesEachStatusAgencyAndTheDueDate() throws Exception {
        Dossier dossier = filed();
        desk.accept(dossier.id(), SampleDossiers.CLERK);

        MockHttpServletResponse response = mvc.perform(get("/api/v1/dossiers/" + dossier.id() + "/timeline")
                .with(token(AN, "dossiers.read"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode timeline = json(response);
        assertThat(timeline.get("status").asInt()).isEqualTo(4);
        assertThat(timeline.get("dueAt").isNull()).isFalse();
        assertThat(timeline.get("entries")).hasSize(3);
        assertThat(timeline.get("entries").get(0).get("statusText").asString()).isEqualTo("Mới tiếp nhận trực tuyến, chờ tiếp nhận");
        assertThat(timeline.get("entries").get(1).get("agencyName").asString()).isEqualTo("Ủy ban nhân dân phường Bến Thành");

        MockHttpServletResponse other = mvc.perform(get("/api/v1/dossiers/" + dossier.id() + "/timeline")
                .with(token("079195005678", "dossiers.read"))).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentType()).startsWith("application/problem+json");
        assertThat(json(other).get("detail").asString()).isEqualTo("Không tìm thấy hồ sơ.");
    }

    @Test
    void aSupplementIsAnsweredWithFilesAndBadFilesGetProblemDetails() throws Exception {
        Dossier dossier = filed();
        desk.requestSupplement(dossier.id(), SampleDossiers.CLERK, "Thiếu", List.of("Văn bản ủy quyền"));

        MockHttpServletResponse readOnly = answer(dossier, token(AN, "dossiers.read"),
                new MockMultipartFile("files", "a.pdf", "application/pdf", PDF));
        assertThat(readOnly.getStatus()).as("dossiers.write is needed").isEqualTo(403);

        MockHttpServletResponse none = answer(dossier, an());
        assertThat(none.getStatus()).isEqualTo(400);
        assertThat(json(none).get("detail").asString()).isEqualTo("Vui lòng chọn ít nhất một tệp để bổ sung.");
        assertThat(json(none).get("code").asString()).isEqualTo("FILES_MISSING");
        MockHttpServletResponse wrongType = answer(dossier, an(),
                new MockMultipartFile("files", "a.pdf", "application/pdf", "<html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(wrongType.getStatus()).isEqualTo(415);
        assertThat(json(wrongType).get("detail").asString()).contains("không phải PDF, JPEG hoặc PNG");
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        MockHttpServletResponse tooLarge = answer(dossier, an(), new MockMultipartFile("files", "big.pdf", "application/pdf", large));
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(json(tooLarge).get("detail").asString()).contains("lớn hơn 5 MB");
        assertThat(answer(dossier, token("079195005678", "dossiers.read", "dossiers.write"),
                new MockMultipartFile("files", "a.pdf", "application/pdf", PDF)).getStatus()).isEqualTo(404);
        assertThat(dossiers.get(dossier.id()).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        MockHttpServletResponse ok = answer(dossier, an(), new MockMultipartFile("files", "a.pdf", "application/pdf", PDF),
                new MockMultipartFile("note", "", "text/plain", "Đã bổ sung".getBytes(StandardCharsets.UTF_8)));
        assertThat(ok.getStatus()).as(ok.getContentAsString()).isEqualTo(200);
        assertThat(json(ok).get("status").asInt()).isEqualTo(1);
        assertThat(files.of(dossier.id(), FileKind.ATTACHMENT)).hasSize(1);
        assertThat(answer(dossier, an(), new MockMultipartFile("files", "a.pdf", "application/pdf", PDF)).getStatus())
                .as("nothing is waiting any more").isEqualTo(409);
    }

    @Test
    void withdrawalBeforeADecisionOnly() throws Exception {
        Dossier dossier = filed();
        MockHttpServletResponse withdrawn = mvc.perform(post("/api/v1/dossiers/" + dossier.id() + "/withdrawal")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Nộp nhầm\"}").with(an()))
                .andReturn().getResponse();
        assertThat(withdrawn.getStatus()).isEqualTo(200);
        assertThat(json(withdrawn).get("status").asInt()).isEqualTo(7);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossier.id().toString()).count()).isZero();

        MockHttpServletResponse again = mvc.perform(post("/api/v1/dossiers/" + dossier.id() + "/withdrawal").with(an()))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(json(again).get("detail").asString()).contains("Công dân rút hồ sơ");

        Dossier done = filed();
        desk.accept(done.id(), SampleDossiers.CLERK);
        dossiers.completeWithResult(done.id(), SampleDossiers.LEADER.username());
        MockHttpServletResponse decided = mvc.perform(post("/api/v1/dossiers/" + done.id() + "/withdrawal").with(an()))
                .andReturn().getResponse();
        assertThat(decided.getStatus()).isEqualTo(409);
        assertThat(json(decided).get("detail").asString()).contains("Đã xử lý xong");
        assertThat(dossiers.get(done.id()).status()).isEqualTo(DossierStatus.RESULT_READY);
    }

    @Test
    void oneRatingFromOneToFiveAfterTheResult() throws Exception {
        Dossier dossier = filed();
        String path = "/api/v1/dossiers/" + dossier.id() + "/evaluation";
        MockHttpServletResponse early = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\": 5}").with(an())).andReturn().getResponse();
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(json(early).get("code").asString()).isEqualTo("NOT_FINISHED");

        desk.accept(dossier.id(), SampleDossiers.CLERK);
        dossiers.completeWithResult(dossier.id(), SampleDossiers.LEADER.username());
        for (String body : List.of("{\"rating\": 0}", "{\"rating\": 6}", "{}", "{\"rating\": \"năm\"}", "không phải JSON")) {
            MockHttpServletResponse bad = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body)
                    .with(an())).andReturn().getResponse();
            assertThat(bad.getStatus()).as(body).isEqualTo(400);
            assertThat(bad.getContentType()).startsWith("application/problem+json");
        }
        MockHttpServletResponse created = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\": 5, \"comment\": \"Rất nhanh\"}").with(an())).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(json(created).get("rating").asInt()).isEqualTo(5);
        MockHttpServletResponse twice = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\": 1}").with(an())).andReturn().getResponse();
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(json(twice).get("detail").asString()).contains("chỉ được đánh giá một lần");
        assertThat(evaluations.of(dossier.id()).orElseThrow().rating()).isEqualTo(5);
    }

    @Test
    void theOpenApiDocumentIsPublicAndDescribesEveryEndpointWithTheBearerScheme() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.get("openapi").asString()).startsWith("3.");
        JsonNode paths = document.get("paths");
        assertThat(paths.has("/api/v1/dossiers")).isTrue();
        assertThat(paths.has("/api/v1/dossiers/{id}")).isTrue();
        assertThat(paths.get("/api/v1/dossiers/{id}/timeline").has("get")).isTrue();
        assertThat(paths.get("/api/v1/dossiers/{id}/supplement").get("post").get("requestBody").get("content")
                .has("multipart/form-data")).isTrue();
        assertThat(paths.get("/api/v1/dossiers/{id}/withdrawal").has("post")).isTrue();
        assertThat(paths.get("/api/v1/dossiers/{id}/evaluation").get("post").get("security").toString())
                .contains("dossiers.write");
        assertThat(document.get("components").get("securitySchemes").get("eid-bearer").get("scheme").asString())
                .isEqualTo("bearer");
        assertThat(paths.properties().stream().map(java.util.Map.Entry::getKey).toList())
                .as("only the API, not the pages").allMatch(path -> path.startsWith("/api/v1/"));
    }
}
