package vn.motcua.web.desk;

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
import vn.motcua.web.filing.Filing;
import vn.motcua.web.filing.FilingAttachments;

/**
 * The scanned documents of a walk-in draft: uploaded through the same checks as a citizen's (type recognised from the
 * content, size limits), shown inline to check the scan, and removed.
 */
@Controller
class WalkInAttachmentController {

    private final FilingAttachments attachments;

    WalkInAttachmentController(FilingAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(WalkInController.BASE + "/{id}/attachments")
    String upload(@PathVariable UUID id, @RequestParam(required = false) Integer slot,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal OidcUser user) throws IOException {
        return attachments.upload(WalkInController.CLERK, id, slot, file, user);
    }

    @GetMapping(WalkInController.BASE + "/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> view(@PathVariable UUID id, @PathVariable UUID attachmentId,
            @AuthenticationPrincipal OidcUser user) {
        return attachments.download(WalkInController.CLERK, id, attachmentId, user);
    }

    @PostMapping(WalkInController.BASE + "/{id}/attachments/{attachmentId}/delete")
    String remove(@PathVariable UUID id, @PathVariable UUID attachmentId, @AuthenticationPrincipal OidcUser user) {
        return attachments.remove(WalkInController.CLERK, id, attachmentId, user);
    }

    @ExceptionHandler(DraftClosedException.class)
    String closed(DraftClosedException closed) {
        return Filing.closed(WalkInController.CLERK, closed);
    }
}
