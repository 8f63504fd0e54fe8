package vn.motcua.web.citizen;

import java.io.IOException;
import java.util.Set;
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
import vn.motcua.web.support.NotFoundException;

/**
 * Files of a draft's document slots: upload (the type is recognised from the content), download as an attachment, and
 * removal. The outcome of an upload comes back in the page's address, so that it survives the upload script's request.
 */
@Controller
public class DraftAttachmentController {

    /** The outcomes of an upload the page explains (the {@code upload} parameter). */
    public static final Set<String> UPLOAD_OUTCOMES = Set.of("attachment.added", "attachment.empty", "attachment.type",
            "attachment.tooLarge", "attachment.dossierTooLarge", "attachment.tooMany", "attachment.missing");

    private final Drafts drafts;

    DraftAttachmentController(Drafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping("/my/drafts/{id}/attachments")
    String upload(@PathVariable UUID id, @RequestParam(required = false) Integer slot,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal OidcUser user) throws IOException {
        Draft draft = owned(id, user);
        if (slot == null || draft.procedureVersion().documents().stream().noneMatch(d -> d.position() == slot)) {
            throw new NotFoundException();
        }
        String outcome = "attachment.added";
        if (file == null) {
            outcome = "attachment.missing";
        } else {
            try {
                drafts.attach(id, user.getSubject(), slot, file.getOriginalFilename(), file.getBytes());
            } catch (AttachmentRejectedException rejected) {
                outcome = rejected.messageKey();
            }
        }
        return "redirect:/my/drafts/" + id + "?step=" + draft.lastStep() + "&upload=" + outcome + "#document-" + slot;
    }

    @GetMapping("/my/drafts/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId,
            @AuthenticationPrincipal OidcUser user) {
        Draft draft = owned(id, user);
        DraftAttachment attachment = draft.attachment(attachmentId).orElseThrow(NotFoundException::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.displayName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(drafts.content(attachment));
    }

    @PostMapping("/my/drafts/{id}/attachments/{attachmentId}/delete")
    String remove(@PathVariable UUID id, @PathVariable UUID attachmentId, @AuthenticationPrincipal OidcUser user) {
        Draft draft = owned(id, user);
        if (draft.attachment(attachmentId).isEmpty()) {
            throw new NotFoundException();
        }
        drafts.detach(id, user.getSubject(), attachmentId);
        return "redirect:/my/drafts/" + id + "?step=" + draft.lastStep();
    }

    @ExceptionHandler(DraftClosedException.class)
    String closed(DraftClosedException closed) {
        return closed.dossierId().map(dossier -> "redirect:/my/dossiers/" + dossier).orElse("redirect:/my/dossiers");
    }

    private Draft owned(UUID id, OidcUser user) {
        return drafts.find(id, user.getSubject()).orElseThrow(NotFoundException::new);
    }
}
