package vn.motcua.web.desk;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;

/**
 * The documents an applicant uploaded (or the clerk scanned), for the staff of the dossier's agency: PDF and images
 * are shown in the browser (inline, with their content type and no sniffing), anything else is downloaded. Another
 * agency, or a file that is not an attachment of this dossier, gets 404. Each opening is logged in the access log.
 */
@Controller
class AttachmentController {

    private final Dossiers dossiers;
    private final DossierDetails details;

    AttachmentController(Dossiers dossiers, DossierDetails details) {
        this.dossiers = dossiers;
        this.details = details;
    }

    @GetMapping("/desk/dossiers/{id}/attachments/{fileId}")
    ResponseEntity<byte[]> desk(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal OidcUser user) {
        return attachment(id, fileId, user);
    }

    @GetMapping("/inbox/dossiers/{id}/attachments/{fileId}")
    ResponseEntity<byte[]> inbox(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal OidcUser user) {
        return attachment(id, fileId, user);
    }

    private ResponseEntity<byte[]> attachment(UUID id, UUID fileId, OidcUser user) {
        PortalUser staff = PortalUser.of(user);
        Dossier dossier = dossiers.findForAgency(id, staff.agencyCode()).orElseThrow(NotFoundException::new);
        StoredFile file = details.openAttachment(staff.staffMember(), dossier, fileId)
                .orElseThrow(NotFoundException::new);
        boolean inline = DossierDetails.INLINE_TYPES.contains(file.contentType());
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(inline ? MediaType.parseMediaType(file.contentType()) : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", file.sha256())
                .body(details.content(file));
    }
}
