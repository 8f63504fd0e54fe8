package vn.motcua.web.citizen;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.cases.draft.DraftClosedException;
import vn.motcua.web.filing.Filer;
import vn.motcua.web.filing.Filing;
import vn.motcua.web.filing.FilingAttachments;

/** Files of the document slots of a citizen's own draft: upload, download as an attachment, and removal. */
@Controller
class DraftAttachmentController {

    private final FilingAttachments attachments;

    DraftAttachmentController(FilingAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/my/drafts/{id}/attachments")
    String upload(@PathVariable UUID id, @RequestParam(required = false) Integer slot,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal OidcUser user) throws IOException {
        return attachments.upload(Filer.CITIZEN, id, slot, file, user);
    }

    @GetMapping("/my/drafts/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId,
            @AuthenticationPrincipal OidcUser user) {
        return attachments.download(Filer.CITIZEN, id, attachmentId, user);
    }

    @PostMapping("/my/drafts/{id}/attachments/{attachmentId}/delete")
    String remove(@PathVariable UUID id, @PathVariable UUID attachmentId, @AuthenticationPrincipal OidcUser user) {
        return attachments.remove(Filer.CITIZEN, id, attachmentId, user);
    }

    @ExceptionHandler(DraftClosedException.class)
    String closed(DraftClosedException closed) {
        return Filing.closed(Filer.CITIZEN, closed);
    }
}
