package vn.motcua.web.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftAttachment;
import vn.motcua.cases.draft.DraftNotFoundException;
import vn.motcua.cases.draft.Drafts;

/**
 * Files of a draft's document slots. The type is recognised from the content, never from the name or the declared
 * type; the limits are the pages' (per file and per draft), answered by the portal with 413.
 */
@RestController
@RequestMapping("/api/v1/drafts/{id}/attachments")
@Tag(name = "drafts")
class DraftAttachmentsApi {

    private final Drafts drafts;
    private final ApiProblems problems;

    DraftAttachmentsApi(Drafts drafts, ApiProblems problems) {
        this.drafts = drafts;
        this.problems = problems;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tải tệp lên một thành phần hồ sơ", description = "multipart/form-data với slot (số thứ tự thành "
            + "phần hồ sơ của thủ tục) và file (PDF, JPEG hoặc PNG, nhận biết theo nội dung). Giới hạn mặc định: 10 MB "
            + "mỗi tệp, 30 MB và 20 tệp mỗi hồ sơ.")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.write")
    @ApiResponse(responseCode = "201", description = "Đã tải lên")
    @ApiResponse(responseCode = "400", description = "Thiếu tệp, tệp rỗng, hoặc slot không có trong thủ tục")
    @ApiResponse(responseCode = "404", description = "Không có bản nháp này hoặc bản nháp của người khác")
    @ApiResponse(responseCode = "409", description = "Bản nháp đã nộp hoặc đã đủ số tệp tối đa")
    @ApiResponse(responseCode = "413", description = "Tệp vượt giới hạn mỗi tệp, tổng dung lượng hồ sơ, hoặc tổng dung "
            + "lượng tệp trong mọi bản nháp của công dân (QUOTA_BYTES)")
    @ApiResponse(responseCode = "415", description = "Nội dung tệp không phải PDF, JPEG hoặc PNG")
    @ApiResponse(responseCode = "429", description = "Công dân đã tải lên số tệp tối đa trong một giờ (UPLOAD_RATE, có "
            + "Retry-After)")
    @ApiResponse(responseCode = "503", description = "Kho lưu trữ tệp tạm thời không kết nối được; tệp chưa được lưu, "
            + "thử lại sau (STORAGE_UNAVAILABLE, có Retry-After)")
    ResponseEntity<?> upload(@PathVariable UUID id,
            @RequestParam(required = false) @Parameter(description = "Thành phần hồ sơ (slot của thủ tục)") Integer slot,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal Jwt token) throws IOException {
        Draft draft = owned(id, token);
        if (slot == null) {
            return problems.of(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "api.parameter.missing", "slot");
        }
        if (draft.procedureVersion().documents().stream().noneMatch(d -> d.position() == slot)) {
            return problems.of(HttpStatus.BAD_REQUEST, "UNKNOWN_SLOT", "api.attachment.slot", String.valueOf(slot));
        }
        if (file == null) {
            return problems.of(HttpStatus.BAD_REQUEST, "FILE_MISSING", "attachment.missing");
        }
        DraftAttachment attachment = drafts.attach(id, token.getSubject(), slot, file.getOriginalFilename(),
                file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/drafts/" + id + "/attachments/" + attachment.id()))
                .body(DraftViews.AttachmentView.of(attachment));
    }

    @GetMapping("/{attachmentId}")
    @Operation(summary = "Tải về một tệp của bản nháp")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.read")
    @ApiResponse(responseCode = "200", description = "Nội dung tệp, Content-Disposition: attachment")
    @ApiResponse(responseCode = "404", description = "Không có tệp này trong bản nháp của công dân")
    ResponseEntity<?> download(@PathVariable UUID id, @PathVariable UUID attachmentId,
            @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        DraftAttachment attachment = owned(id, token).attachment(attachmentId).orElse(null);
        if (attachment == null) {
            return problems.notFound(request, "api.attachment.notFound");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.displayName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", attachment.sha256())
                .body(drafts.content(attachment));
    }

    @DeleteMapping("/{attachmentId}")
    @Operation(summary = "Xóa một tệp của bản nháp")
    @SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.write")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    @ApiResponse(responseCode = "404", description = "Không có tệp này trong bản nháp của công dân")
    @ApiResponse(responseCode = "409", description = "Bản nháp đã nộp")
    ResponseEntity<?> remove(@PathVariable UUID id, @PathVariable UUID attachmentId,
            @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        if (owned(id, token).attachment(attachmentId).isEmpty()) {
            return problems.notFound(request, "api.attachment.notFound");
        }
        drafts.detach(id, token.getSubject(), attachmentId);
        return ResponseEntity.noContent().build();
    }

    private Draft owned(UUID id, Jwt token) {
        return drafts.find(id, token.getSubject()).orElseThrow(DraftNotFoundException::new);
    }
}
