package vn.motcua.web.verify;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.Verification;
import vn.motcua.web.support.AddressThrottle;
import vn.motcua.web.support.NotFoundException;

/**
 * Public verification: by the id in a document's QR code, or by uploading the PDF. The page states who
 * issued and signed the document, when, its SHA-256 and whether it is still valid; never anything about
 * the applicant. Each client address may send {@code motcua.lookup.per-minute} files a minute, as for the lookup.
 */
@Controller
class VerificationController {

    static final String DOCUMENT_VIEW = "verify/document";
    static final String UPLOAD_VIEW = "verify/upload";

    /**
     * Largest file checked. The servlet container's own multipart limit is set higher, so that a file just
     * over this size still reaches the page and its clear message.
     */
    static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    private final IssuedDocuments register;
    private final Agencies agencies;
    private final SignatureVerifier verifier;
    private final AddressThrottle throttle;

    VerificationController(IssuedDocuments register, Agencies agencies, SignatureVerifier verifier,
            AddressThrottle throttle) {
        this.register = register;
        this.agencies = agencies;
        this.verifier = verifier;
        this.throttle = throttle;
    }

    @GetMapping("/verify/{id}")
    String document(@PathVariable UUID id, Model model) {
        IssuedDocument document = register.find(id).orElseThrow(NotFoundException::new);
        model.addAttribute("document", document);
        model.addAttribute("issuerName", issuerName(document));
        return DOCUMENT_VIEW;
    }

    @GetMapping("/verify")
    String uploadForm() {
        return UPLOAD_VIEW;
    }

    @PostMapping("/verify")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!throttle.allow("verify", request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(AddressThrottle.PERIOD.toSeconds()));
            model.addAttribute("limitedPerMinute", throttle.perMinute());
            return UPLOAD_VIEW;
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("verdict", UploadVerdict.invalid("verify.problem.empty", null));
            return UPLOAD_VIEW;
        }
        if (file.getSize() > MAX_UPLOAD_BYTES) {
            throw new MaxUploadSizeExceededException(MAX_UPLOAD_BYTES);
        }
        model.addAttribute("verdict", verdictOf(file.getBytes()));
        return UPLOAD_VIEW;
    }

    private UploadVerdict verdictOf(byte[] content) {
        String sha256 = StoredFiles.sha256(content);
        Verification verification = verifier.verify(content);
        if (!verification.valid()) {
            return UploadVerdict.invalid(UploadVerdict.reasonKeyOf(verification.problem()), sha256);
        }
        return register.findBySha256(sha256)
                .map(document -> new UploadVerdict(document.isRevoked() ? "revoked" : "valid", null, document,
                        issuerName(document), verification, sha256))
                .orElseGet(() -> new UploadVerdict("unknown", "verify.problem.notIssued", null, null, verification, sha256));
    }

    private String issuerName(IssuedDocument document) {
        return agencies.findByCode(document.issuerAgencyCode()).map(Agency::name).orElse(document.issuerAgencyCode());
    }
}
