package vn.motcua.web.filing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.cases.draft.AttachmentRejectedException;
import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftAttachment;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.storage.StorageUnavailableException;
import vn.motcua.web.support.NotFoundException;

/**
 * Files of a draft's document slots, whoever is filing: upload (the type is recognised from the content, the size
 * checked), download or show, and removal. The outcome of an upload comes back in the page's address, so that it
 * survives the upload script's request.
 */
@Component
public class FilingAttachments {

    private final Drafts drafts;
    private final Filing filing;

    FilingAttachments(Drafts drafts, Filing filing) {
        this.drafts = drafts;
        this.filing = filing;
    }

    /** Attaches the file to the slot and goes back to the documents page with the outcome. */
    public String upload(Filer filer, UUID id, Integer slot, MultipartFile file, OidcUser user) throws IOException {
        Draft draft = filing.draft(filer, id, user);
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
            } catch (StorageUnavailableException unavailable) {
                // the upload's transaction rolled back: no row names bytes that were not stored
                outcome = "attachment.storeUnavailable";
            }
        }
        return filer.page(id, draft.lastStep()) + "&upload=" + outcome + "#document-" + slot;
    }

    /** The file, as an attachment or, for a filer who checks scans, shown in the browser. */
    public ResponseEntity<byte[]> download(Filer filer, UUID id, UUID attachmentId, OidcUser user) {
        DraftAttachment attachment = filing.draft(filer, id, user).attachment(attachmentId)
                .orElseThrow(NotFoundException::new);
        ContentDisposition.Builder disposition = filer.inline() ? ContentDisposition.inline()
                : ContentDisposition.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(attachment.displayName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(drafts.content(attachment));
    }

    /** Removes the file and goes back to the documents page. */
    public String remove(Filer filer, UUID id, UUID attachmentId, OidcUser user) {
        Draft draft = filing.draft(filer, id, user);
        if (draft.attachment(attachmentId).isEmpty()) {
            throw new NotFoundException();
        }
        drafts.detach(id, draft.ownerIdNumber(), attachmentId);
        return filer.page(id, draft.lastStep());
    }
}
