package vn.motcua.web.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

import vn.motcua.cases.draft.AttachmentRejectedException;
import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftAttachment;
import vn.motcua.cases.draft.DraftClosedException;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;

/**
 * The scanned documents of a walk-in draft: uploaded through the same checks as a citizen's (type recognised from the
 * content, size limits), shown inline to check the scan, and removed.
 */
@Controller
class WalkInAttachmentController {

    private final Drafts drafts;

    WalkInAttachmentController(Drafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping(WalkInController.BASE + "/{id}/attachments")
    String upload(@PathVariable UUID id, @RequestParam(required = false) Integer slot,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal OidcUser user) throws IOException {
        Draft draft = atDesk(id, user);
        if (slot == null || draft.procedureVersion().documents().stream().noneMatch(d -> d.position() == slot)) {
            throw new NotFoundException();
        }
        String outcome = "attachment.added";
        if (file == null) {
            outcome = "attachment.missing";
        } else {
            try {
                drafts.attach(id, draft.ownerIdNumber(), slot, file.getOriginalFilename(), file.getBytes());
            } catch (AttachmentRejectedException rejected) {
                outcome = rejected.messageKey();
            }
        }
        return "redirect:" + WalkInController.BASE + "/" + id + "?step=" + draft.lastStep() + "&upload=" + outcome
                + "#document-" + slot;
    }

    @GetMapping(WalkInController.BASE + "/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> view(@PathVariable UUID id, @PathVariable UUID attachmentId,
            @AuthenticationPrincipal OidcUser user) {
        DraftAttachment attachment = atDesk(id, user).attachment(attachmentId).orElseThrow(NotFoundException::new);
        boolean inline = DossierDetails.INLINE_TYPES.contains(attachment.contentType());
        return ResponseEntity.ok()
                .contentType(inline ? MediaType.parseMediaType(attachment.contentType()) : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(attachment.displayName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(drafts.content(attachment));
    }

    @PostMapping(WalkInController.BASE + "/{id}/attachments/{attachmentId}/delete")
    String remove(@PathVariable UUID id, @PathVariable UUID attachmentId, @AuthenticationPrincipal OidcUser user) {
        Draft draft = atDesk(id, user);
        if (draft.attachment(attachmentId).isEmpty()) {
            throw new NotFoundException();
        }
        drafts.detach(id, draft.ownerIdNumber(), attachmentId);
        return "redirect:" + WalkInController.BASE + "/" + id + "?step=" + draft.lastStep();
    }

    @ExceptionHandler(DraftClosedException.class)
    String closed(DraftClosedException closed) {
        return closed.dossierId().map(dossier -> "redirect:/desk/dossiers/" + dossier).orElse("redirect:/desk");
    }

    private Draft atDesk(UUID id, OidcUser user) {
        return drafts.findAtDesk(id, PortalUser.of(user).agencyCode()).orElseThrow(NotFoundException::new);
    }
}
