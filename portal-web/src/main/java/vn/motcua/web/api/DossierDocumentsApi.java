package vn.motcua.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;

/**
 * The signed documents issued for a citizen's dossier, from the register of issued documents: list and download. Both
 * only read; the owner hands the result over with {@code POST .../result/receipt} ({@link DossierActionsApi}).
 */
@RestController
@RequestMapping("/api/v1/dossiers/{id}/documents")
@Tag(name = "dossiers")
@SecurityRequirement(name = OpenApiConfiguration.BEARER, scopes = "dossiers.read")
class DossierDocumentsApi {

    /** A signed document: what it is, when it was signed, the SHA-256 of its bytes, whether it was revoked. */
    record DocumentView(UUID id, FileKind kind, String title, Instant signedAt, String sha256, boolean revoked) {

        static DocumentView of(IssuedDocument document) {
            return new DocumentView(document.id(), document.kind(), document.title(), document.signedAt(),
                    document.sha256(), document.isRevoked());
        }
    }

    private final Dossiers dossiers;
    private final IssuedDocuments register;
    private final StoredFiles files;
    private final ApiProblems problems;

    DossierDocumentsApi(Dossiers dossiers, IssuedDocuments register, StoredFiles files, ApiProblems problems) {
        this.dossiers = dossiers;
        this.register = register;
        this.files = files;
        this.problems = problems;
    }

    @GetMapping
    @Operation(summary = "Văn bản đã cấp cho hồ sơ", description = "Phiếu và kết quả có chữ ký số, cũ nhất trước.")
    @ApiResponse(responseCode = "200", description = "Danh sách văn bản (có thể rỗng)")
    @ApiResponse(responseCode = "404", description = "Không có hồ sơ này hoặc hồ sơ của người khác")
    ResponseEntity<?> list(@PathVariable UUID id, @AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        if (dossiers.findOwned(id, token.getSubject()).isEmpty()) {
            return problems.notFound(request);
        }
        List<DocumentView> documents = register.ofDossier(id).stream().map(DocumentView::of).toList();
        return ResponseEntity.ok(documents);
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "Tải về văn bản có chữ ký số", description = "application/pdf. Việc tải không thay đổi "
            + "hồ sơ; người nộp xác nhận đã nhận kết quả bằng POST /api/v1/dossiers/{id}/result/receipt.")
    @ApiResponse(responseCode = "200", description = "Tệp PDF đã ký, Content-Disposition: attachment")
    @ApiResponse(responseCode = "404", description = "Không có văn bản này của hồ sơ, hoặc hồ sơ của người khác")
    ResponseEntity<?> download(@PathVariable UUID id, @PathVariable UUID documentId, @AuthenticationPrincipal Jwt token,
            HttpServletRequest request) {
        if (dossiers.findOwned(id, token.getSubject()).isEmpty()) {
            return problems.notFound(request);
        }
        StoredFile file = register.find(documentId).filter(d -> d.dossierId().equals(id))
                .flatMap(d -> files.find(d.id())).orElse(null);
        if (file == null) {
            return problems.notFound(request, "api.document.notFound");
        }
        byte[] content = files.content(file);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", file.sha256())
                .body(content);
    }
}
