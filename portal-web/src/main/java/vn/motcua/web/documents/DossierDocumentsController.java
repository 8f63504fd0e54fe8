package vn.motcua.web.documents;

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
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.access.StaffReads;
import vn.motcua.workflow.desk.StaffScope;

/**
 * Downloads a signed slip or result of a dossier: by its owner, or by the staff of an agency that holds or received
 * it. Anyone else, and a document of another dossier, gets 404. A download changes nothing (a staff download is logged in the access log): the owner hands the result
 * over with the "Nhận kết quả" button of the dossier page.
 */
@Controller
class DossierDocumentsController {

    private final Dossiers dossiers;
    private final DossierDocuments documents;
    private final StoredFiles files;
    private final StaffScope scope;
    private final StaffReads reads;

    DossierDocumentsController(Dossiers dossiers, DossierDocuments documents, StoredFiles files, StaffScope scope,
            StaffReads reads) {
        this.scope = scope;
        this.reads = reads;
        this.dossiers = dossiers;
        this.documents = documents;
        this.files = files;
    }

    @GetMapping("/my/dossiers/{id}/documents/{documentId}")
    ResponseEntity<byte[]> owner(@PathVariable UUID id, @PathVariable UUID documentId,
            @AuthenticationPrincipal OidcUser user) {
        dossiers.findOwned(id, user.getSubject()).orElseThrow(NotFoundException::new);
        StoredFile file = documents.file(id, documentId).orElseThrow(NotFoundException::new);
        return pdf(file, files.content(file));
    }

    @GetMapping("/desk/dossiers/{id}/documents/{documentId}")
    ResponseEntity<byte[]> desk(@PathVariable UUID id, @PathVariable UUID documentId,
            @AuthenticationPrincipal OidcUser user) {
        return staff(id, documentId, user);
    }

    @GetMapping("/inbox/dossiers/{id}/documents/{documentId}")
    ResponseEntity<byte[]> inbox(@PathVariable UUID id, @PathVariable UUID documentId,
            @AuthenticationPrincipal OidcUser user) {
        return staff(id, documentId, user);
    }

    private ResponseEntity<byte[]> staff(UUID id, UUID documentId, OidcUser user) {
        // the agencies the process routed the dossier to see its documents as well
        StaffMember staff = PortalUser.of(user).staffMember();
        Dossier dossier = scope.find(id, staff).orElseThrow(NotFoundException::new);
        StoredFile file = documents.file(id, documentId).orElseThrow(NotFoundException::new);
        reads.document(staff, dossier, file);
        return pdf(file, files.content(file));
    }

    private static ResponseEntity<byte[]> pdf(StoredFile file, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", file.sha256())
                .body(content);
    }
}
