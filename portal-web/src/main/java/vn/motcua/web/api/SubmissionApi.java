package vn.motcua.web.api;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftNotFoundException;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.draft.Submission;
import vn.motcua.cases.draft.Submissions;
import vn.motcua.cases.draft.SubmitDraft;
import vn.motcua.web.security.PortalUser;
import vn.motcua.workflow.prefill.ApplicantPrefill;

/**
 * Submits a draft as a dossier, idempotently: the client's {@code Idempotency-Key} makes a repeated request (a retry
 * after a lost answer, a double tap) answer with the same dossier; the key sent with another draft or changed content
 * is refused with 409.
 */
@RestController
@Tag(name = "drafts")
class SubmissionApi {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** One to a hundred visible ASCII characters. */
    static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final Drafts drafts;
    private final Submissions submissions;
    private final ApplicantPrefill prefill;
    private final Dossiers dossiers;
    private final ApiProblems problems;

    SubmissionApi(Drafts drafts, Submissions submissions, ApplicantPrefill prefill, Dossiers dossiers,
            ApiProblems problems) {
        this.drafts = drafts;
        this.submissions = submissions;
        this.prefill = prefill;
        this.dossiers = dossiers;
        this.problems = problems;
    }

    @PostMapping("/api/v1/drafts/{id}/submission")
    @Operation(summary = "Nộp hồ sơ từ bản nháp", description = "Cần tiêu đề Idempotency-Key do ứng dụng tạo (ví dụ một "
            + "UUID) cho mỗi lần bấm nộp. Gửi lại cùng khóa với cùng bản nháp và cùng nội dung trả về đúng hồ sơ đã "
            + "tạo (200); dùng lại khóa cho bản nháp khác hoặc nội dung đã đổi bị từ chối (409).")
    @Parameter(name = IDEMPOTENCY_KEY, in = ParameterIn.HEADER, required = true,
            description = "Khóa chống nộp trùng: 1–100 ký tự ASCII nhìn thấy được",
            schema = @Schema(type = "string", minLength = 1, maxLength = 100, pattern = "^[\\x21-\\x7E]{1,100}$"))
    @SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.write")
    @ApiResponse(responseCode = "201", description = "Đã nộp; hồ sơ mới (trạng thái 1), header Location")
    @ApiResponse(responseCode = "200", description = "Yêu cầu lặp lại với cùng khóa: hồ sơ đã tạo lần trước")
    @ApiResponse(responseCode = "400", description = "Thiếu hoặc sai Idempotency-Key")
    @ApiResponse(responseCode = "404", description = "Không có bản nháp này hoặc bản nháp của người khác")
    @ApiResponse(responseCode = "409", description = "Khóa đã dùng cho yêu cầu khác, bản nháp đã nộp với khóa khác, "
            + "hoặc thủ tục chưa mở nộp trực tuyến")
    @ApiResponse(responseCode = "422", description = "Hồ sơ chưa đầy đủ; problems liệt kê từng mục")
    ResponseEntity<?> submit(@PathVariable UUID id,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Parameter(hidden = true) String key,
            @AuthenticationPrincipal Jwt token) {
        if (key == null || key.isEmpty()) {
            return problems.of(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_MISSING", "api.idempotency.missing");
        }
        if (!KEY.matcher(key).matches()) {
            return problems.of(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID", "api.idempotency.invalid");
        }
        Draft draft = drafts.find(id, token.getSubject()).orElseThrow(DraftNotFoundException::new);
        PortalUser citizen = ApiCitizens.of(token);
        String code = draft.procedureVersion().procedure().code();
        ApplicantPrefill.Prefilled applicant = prefill.load(citizen, draft.procedureVersion().receivingAgencyCode(),
                "file:" + code);
        Submission submission = submissions.submit(new SubmitDraft(citizen.subject(), id, key,
                applicant.toApplicant(null, null), applicant.check()));
        return ResponseEntity.status(submission.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/dossiers/" + submission.dossierId()))
                .body(DossiersApi.DossierSummary.of(dossiers.get(submission.dossierId())));
    }
}
