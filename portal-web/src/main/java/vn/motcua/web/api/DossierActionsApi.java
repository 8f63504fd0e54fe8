package vn.motcua.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.IllegalTransitionException;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.cases.evaluation.Evaluate;
import vn.motcua.cases.evaluation.Evaluation;
import vn.motcua.cases.evaluation.EvaluationRefusedException;
import vn.motcua.cases.evaluation.Evaluations;
import vn.motcua.cases.supplement.AnswerSupplement;
import vn.motcua.cases.supplement.SupplementRefusedException;
import vn.motcua.cases.supplement.Supplements;
import vn.motcua.web.citizen.SupplementMessages;
import vn.motcua.web.citizen.SupplementUploads;

/**
 * What a citizen does to their own dossier through the API ({@code dossiers.write} and the high e-ID level): answer a
 * supplement request, withdraw, receive the result, rate the service. The rules and messages are those of the pages.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{id}")
@Tag(name = "dossiers")
@SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.write")
class DossierActionsApi {

    /** The withdrawal's optional reason. */
    record WithdrawalRequest(String reason) {
    }

    /** A rating from 1 to 5 and an optional comment of at most 1000 characters. */
    record EvaluationRequest(Integer rating, String comment) {
    }

    /** A recorded rating. */
    record EvaluationResponse(UUID dossierId, int rating, String comment, Instant evaluatedAt) {

        static EvaluationResponse of(Evaluation evaluation) {
            return new EvaluationResponse(evaluation.dossierId(), evaluation.rating(), evaluation.comment(),
                    evaluation.evaluatedAt());
        }
    }

    static final int MAX_WITHDRAWAL_REASON = 500;

    private final Dossiers dossiers;
    private final Supplements supplements;
    private final Evaluations evaluations;
    private final MessageSource messages;
    private final ApiProblems problems;
    private final StoredFiles files;

    DossierActionsApi(Dossiers dossiers, Supplements supplements, Evaluations evaluations, MessageSource messages,
            ApiProblems problems, StoredFiles files) {
        this.dossiers = dossiers;
        this.files = files;
        this.supplements = supplements;
        this.evaluations = evaluations;
        this.messages = messages;
        this.problems = problems;
    }

    @PostMapping(path = "/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Bổ sung hồ sơ", description = "Trả lời yêu cầu bổ sung đang chờ: ghi chú (không bắt buộc) và "
            + "1–5 tệp PDF, JPEG hoặc PNG, mỗi tệp tối đa 5 MB. Hồ sơ trở lại trạng thái trước khi yêu cầu bổ sung.")
    @ApiResponse(responseCode = "200", description = "Đã bổ sung; hồ sơ sau khi bổ sung")
    @ApiResponse(responseCode = "400", description = "Thiếu tệp, quá nhiều tệp, tệp rỗng, ghi chú quá dài")
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ này hoặc hồ sơ của người khác")
    @ApiResponse(responseCode = "409", description = "Hồ sơ không có yêu cầu bổ sung đang chờ")
    @ApiResponse(responseCode = "413", description = "Tệp quá lớn")
    @ApiResponse(responseCode = "415", description = "Tệp không phải PDF, JPEG hoặc PNG")
    ResponseEntity<?> supplement(@PathVariable UUID id, @RequestPart(name = "note", required = false) String note,
            @RequestPart(name = "files", required = false) List<MultipartFile> files, @AuthenticationPrincipal Jwt token,
            HttpServletRequest request) {
        if (dossiers.findOwned(id, token.getSubject()).isEmpty()) {
            return problems.notFound(request);
        }
        try {
            supplements.answer(new AnswerSupplement(id, token.getSubject(), note,
                    SupplementUploads.of(files)));
        } catch (SupplementRefusedException refused) {
            HttpStatus status = switch (refused.problem()) {
                case FILE_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
                case FILE_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
                case NOT_REQUESTED -> HttpStatus.CONFLICT;
                default -> HttpStatus.BAD_REQUEST;
            };
            return problems.of(status, refused.problem().name(), SupplementMessages.key(refused.problem()),
                    SupplementMessages.arguments(refused));
        }
        return ResponseEntity.ok(DossiersApi.DossierSummary.of(dossiers.get(id)));
    }

    @PostMapping("/withdrawal")
    @Operation(summary = "Rút hồ sơ", description = "Chỉ với hồ sơ chưa có quyết định (trạng thái 1, 2, 4, 5). Quy trình "
            + "xử lý dừng, không còn việc nào của cán bộ.")
    @ApiResponse(responseCode = "200", description = "Đã rút; hồ sơ ở trạng thái 7")
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ này hoặc hồ sơ của người khác")
    @ApiResponse(responseCode = "409", description = "Hồ sơ đã có quyết định hoặc đã rút")
    ResponseEntity<?> withdraw(@PathVariable UUID id, @RequestBody(required = false) WithdrawalRequest body,
            @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        Dossier dossier = dossiers.findOwned(id, token.getSubject()).orElse(null);
        if (dossier == null) {
            return problems.notFound(request);
        }
        String reason = body == null ? null : body.reason();
        if (reason != null && reason.strip().length() > MAX_WITHDRAWAL_REASON) {
            return problems.of(HttpStatus.BAD_REQUEST, "REASON_TOO_LONG", "api.withdraw.reasonTooLong",
                    String.valueOf(MAX_WITHDRAWAL_REASON));
        }
        try {
            return ResponseEntity.ok(DossiersApi.DossierSummary.of(dossiers.withdraw(id, token.getSubject(), reason)));
        } catch (IllegalTransitionException refused) {
            return problems.of(HttpStatus.CONFLICT, "NOT_WITHDRAWABLE", "api.withdraw.notAllowed",
                    messages.getMessage(refused.from().messageKey(), null, ApiProblems.VIETNAMESE));
        }
    }

    @PostMapping("/result/receipt")
    @Operation(summary = "Nhận kết quả", description = "Người nộp xác nhận đã nhận kết quả có chữ ký số (tải về bằng "
            + "GET .../documents/{documentId}, việc tải không thay đổi gì): hồ sơ chuyển từ trạng thái 9 sang 10. Gọi "
            + "lại khi đã ở trạng thái 10 không thay đổi gì.")
    @ApiResponse(responseCode = "200", description = "Đã nhận; hồ sơ ở trạng thái 10")
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ này hoặc hồ sơ của người khác")
    @ApiResponse(responseCode = "409", description = "Hồ sơ chưa có kết quả")
    ResponseEntity<?> receive(@PathVariable UUID id, @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        Dossier dossier = dossiers.findOwned(id, token.getSubject()).orElse(null);
        if (dossier == null) {
            return problems.notFound(request);
        }
        try {
            if (dossier.status() == DossierStatus.RESULT_READY && files.latest(id, FileKind.RESULT).isEmpty()) {
                return problems.of(HttpStatus.CONFLICT, "RESULT_NOT_SIGNED", "api.receipt.noResult");
            }
            return ResponseEntity.ok(DossiersApi.DossierSummary.of(dossiers.deliverResult(id, token.getSubject())));
        } catch (IllegalTransitionException refused) {
            return problems.of(HttpStatus.CONFLICT, "NO_RESULT", "api.receipt.notAllowed",
                    messages.getMessage(refused.from().messageKey(), null, ApiProblems.VIETNAMESE));
        }
    }

    @PostMapping(path = "/evaluation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Đánh giá mức độ hài lòng", description = "Từ 1 đến 5, góp ý không bắt buộc (tối đa 1000 ký tự); "
            + "một lần cho mỗi hồ sơ, khi hồ sơ đã có kết quả (trạng thái 9 hoặc 10).")
    @ApiResponse(responseCode = "201", description = "Đã ghi nhận đánh giá")
    @ApiResponse(responseCode = "400", description = "Mức đánh giá ngoài 1–5 hoặc góp ý quá dài")
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ này hoặc hồ sơ của người khác")
    @ApiResponse(responseCode = "409", description = "Hồ sơ chưa có kết quả hoặc đã được đánh giá")
    ResponseEntity<?> evaluate(@PathVariable UUID id, @RequestBody(required = false) EvaluationRequest body,
            @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        if (dossiers.findOwned(id, token.getSubject()).isEmpty()) {
            return problems.notFound(request);
        }
        if (body == null || body.rating() == null) {
            return problems.of(HttpStatus.BAD_REQUEST, "INVALID_BODY", "api.evaluation.invalid");
        }
        try {
            Evaluation evaluation = evaluations.evaluate(new Evaluate(id, body.rating(), body.comment()));
            return ResponseEntity.status(HttpStatus.CREATED).body(EvaluationResponse.of(evaluation));
        } catch (EvaluationRefusedException refused) {
            HttpStatus status = switch (refused.problem()) {
                case NOT_FINISHED, ALREADY_EVALUATED -> HttpStatus.CONFLICT;
                case RATING_RANGE, COMMENT_TOO_LONG -> HttpStatus.BAD_REQUEST;
            };
            return problems.of(status, refused.problem().name(), "evaluation.problem." + refused.problem().name(),
                    String.valueOf(Evaluations.MAX_COMMENT));
        }
    }

    /** A body that is not the expected JSON. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problems.of(HttpStatus.BAD_REQUEST, "INVALID_BODY", "api.evaluation.invalid");
    }
}
