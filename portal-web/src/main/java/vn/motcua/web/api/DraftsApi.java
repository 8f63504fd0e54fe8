package vn.motcua.web.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftNotFoundException;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.draft.NoOnlineFormException;
import vn.motcua.cases.draft.SaveStep;
import vn.motcua.cases.draft.SavedStep;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.form.FormProblem;
import vn.motcua.cases.form.Step;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureVersion;
import vn.motcua.web.security.PortalUser;
import vn.motcua.workflow.prefill.ApplicantPrefill;

/**
 * The citizen's drafts: start one (prefilled from national data like the pages), read, save values (kept even with
 * mistakes, which come back as problems), delete. Reading needs {@code dossiers.read}; every change
 * {@code dossiers.write} and the high e-ID level.
 */
@RestController
@RequestMapping("/api/v1/drafts")
@Tag(name = "drafts", description = "Bản nháp hồ sơ của công dân")
class DraftsApi {

    /** Which procedure to file. */
    record StartRequest(String procedureCode) {
    }

    /**
     * Values to keep: those of one step when {@code step} is given, otherwise of every step that has a field named
     * in {@code values}. Shapes: text for simple fields, {@code {province, ward, street}} for an address, a list of
     * objects for a repeating group.
     */
    record SaveRequest(Integer step, Map<String, Object> values) {
    }

    private final Drafts drafts;
    private final ProcedureCatalog catalog;
    private final ApplicantPrefill prefill;
    private final DraftViews views;
    private final ApiProblems problems;

    DraftsApi(Drafts drafts, ProcedureCatalog catalog, ApplicantPrefill prefill, DraftViews views,
            ApiProblems problems) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.prefill = prefill;
        this.views = views;
        this.problems = problems;
    }

    @PostMapping
    @Operation(summary = "Bắt đầu một bản nháp", description = "Theo phiên bản hiện hành của thủ tục; các trường có "
            + "nguồn dữ liệu quốc gia được điền sẵn và chỉ đọc.")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.write")
    @ApiResponse(responseCode = "201", description = "Bản nháp mới, với giá trị điền sẵn")
    @ApiResponse(responseCode = "400", description = "Thiếu mã thủ tục hoặc nội dung không phải JSON")
    @ApiResponse(responseCode = "404", description = "Không có thủ tục này hoặc thủ tục không có biểu mẫu trực tuyến")
    @ApiResponse(responseCode = "429", description = "Công dân đã có số bản nháp đang mở tối đa (DRAFT_QUOTA)")
    ResponseEntity<?> start(@RequestBody(required = false) StartRequest body, @AuthenticationPrincipal Jwt token) {
        if (body == null || body.procedureCode() == null || body.procedureCode().isBlank()) {
            return problems.of(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "api.parameter.missing", "procedureCode");
        }
        String code = body.procedureCode().strip();
        if (code.indexOf('\u0000') >= 0) {
            // no procedure code holds NUL, which PostgreSQL refuses in a query parameter
            throw new NoOnlineFormException(code);
        }
        ProcedureVersion version = catalog.currentVersion(code).filter(v -> v.form().isPresent())
                .orElseThrow(() -> new NoOnlineFormException(code));
        PortalUser citizen = ApiCitizens.of(token);
        drafts.requireRoomForDraft(citizen.subject());
        Draft draft = drafts.start(citizen.subject(), code, prefill.verifiedValues(citizen,
                version.receivingAgencyCode(), "prefill:" + code, version.form().orElseThrow()));
        return ResponseEntity.created(URI.create("/api/v1/drafts/" + draft.id())).body(views.of(draft));
    }

    @GetMapping
    @Operation(summary = "Các bản nháp đang mở của công dân", description = "Lưu gần nhất trước.")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.read")
    List<DraftViews.DraftSummary> mine(@AuthenticationPrincipal Jwt token) {
        return drafts.openDrafts(token.getSubject()).stream().map(DraftViews.DraftSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một bản nháp", description = "Giá trị đã nhập, tệp đã tải lên và mọi điều còn thiếu hoặc sai "
            + "để nộp được (problems). Bản nháp đã nộp có dossierId.")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.read")
    @ApiResponse(responseCode = "404", description = "Không có bản nháp này hoặc bản nháp của người khác")
    DraftViews.DraftView one(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        return views.of(owned(id, token));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Lưu giá trị của bản nháp", description = "Giá trị luôn được lưu, kể cả khi còn sai; các lỗi "
            + "của những bước vừa lưu trả về trong problems (path, code, message). Trường chỉ đọc giữ giá trị từ dữ "
            + "liệu quốc gia; trường không có trong biểu mẫu bị bỏ qua.")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.write")
    @ApiResponse(responseCode = "200", description = "Đã lưu; bản nháp với lỗi của các bước vừa lưu")
    @ApiResponse(responseCode = "400", description = "Thiếu values, bước không có, nội dung không phải JSON")
    @ApiResponse(responseCode = "404", description = "Không có bản nháp này hoặc bản nháp của người khác")
    @ApiResponse(responseCode = "409", description = "Bản nháp đã nộp, hoặc vừa bị một yêu cầu khác thay đổi")
    ResponseEntity<?> save(@PathVariable UUID id, @RequestBody(required = false) SaveRequest body,
            @AuthenticationPrincipal Jwt token) {
        Draft draft = owned(id, token);
        if (body == null || body.values() == null) {
            return problems.of(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "api.parameter.missing", "values");
        }
        FormDefinition form = draft.form();
        List<Integer> steps = new ArrayList<>();
        if (body.step() != null) {
            if (body.step() < 0 || body.step() >= form.steps().size()) {
                return problems.of(HttpStatus.BAD_REQUEST, "UNKNOWN_STEP", "api.draft.step", String.valueOf(body.step()));
            }
            steps.add(body.step());
        } else {
            for (int i = 0; i < form.steps().size(); i++) {
                Step step = form.steps().get(i);
                if (step.fields().stream().anyMatch(f -> body.values().containsKey(f.key()))) {
                    steps.add(i);
                }
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        body.values().forEach((key, value) -> values.put(key, value == null ? "" : value));
        List<FormProblem> found = new ArrayList<>();
        Draft saved = draft;
        for (int step : steps) {
            SavedStep outcome = drafts.save(id, token.getSubject(), new SaveStep(step, values, SaveStep.Move.NEXT));
            found.addAll(outcome.problems());
            saved = outcome.draft();
        }
        return ResponseEntity.ok(views.of(saved, found));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Xóa bản nháp", description = "Chỉ bản nháp chưa nộp; các tệp đã tải lên bị xóa theo.")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.write")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    @ApiResponse(responseCode = "404", description = "Không có bản nháp này hoặc bản nháp của người khác")
    @ApiResponse(responseCode = "409", description = "Bản nháp đã nộp thành hồ sơ")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
        owned(id, token);
        drafts.delete(id, token.getSubject());
        return ResponseEntity.noContent().build();
    }

    private Draft owned(UUID id, Jwt token) {
        return drafts.find(id, token.getSubject()).orElseThrow(DraftNotFoundException::new);
    }
}
