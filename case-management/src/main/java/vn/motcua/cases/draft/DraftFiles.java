package vn.motcua.cases.draft;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.motcua.cases.storage.BlobCleanup;
import vn.motcua.cases.storage.BlobStore;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredBytes;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.cases.storage.UploadCheck;

/**
 * The files of drafts: an upload checked against the limits and stored under a server-made key with its SHA-256, read
 * back against that hash, and copied to the dossier a draft becomes.
 */
@Component
@EnableConfigurationProperties(AttachmentProperties.class)
class DraftFiles {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    private final BlobStore blobs;
    private final StoredFiles files;
    private final BlobCleanup cleanup;
    private final AttachmentProperties limits;

    DraftFiles(BlobStore blobs, StoredFiles files, BlobCleanup cleanup, AttachmentProperties limits) {
        this.blobs = blobs;
        this.files = files;
        this.cleanup = cleanup;
        this.limits = limits;
    }

    /**
     * Stores a file for a slot of the draft. The type is recognised from the content (PDF, JPEG or PNG); the client's
     * name is kept, sanitised, for display only.
     *
     * @throws AttachmentRejectedException if the file is empty, of another type, too large, or the draft too full
     */
    DraftAttachment store(Draft draft, int slot, String clientName, byte[] content, Instant now) {
        if (content.length == 0) {
            throw new AttachmentRejectedException("attachment.empty");
        }
        if (content.length > limits.maxFileSize().toBytes()) {
            throw new AttachmentRejectedException("attachment.tooLarge", limits.maxFileSize().toMegabytes());
        }
        long total = draft.attachments().stream().mapToLong(DraftAttachment::sizeBytes).sum() + content.length;
        if (total > limits.maxDossierSize().toBytes()) {
            throw new AttachmentRejectedException("attachment.dossierTooLarge", limits.maxDossierSize().toMegabytes());
        }
        if (draft.attachments().size() >= limits.maxFiles()) {
            throw new AttachmentRejectedException("attachment.tooMany", limits.maxFiles());
        }
        UploadCheck.FileType type = UploadCheck.detect(content)
                .orElseThrow(() -> new AttachmentRejectedException("attachment.type"));
        UUID attachmentId = UUID.randomUUID();
        StoredBytes bytes = StoredBytes.write(blobs, "drafts/" + MONTH.format(now) + "/" + attachmentId,
                FileNames.display(clientName, type), type.contentType(), content);
        cleanup.deleteOnRollback(bytes.storageKey());
        return new DraftAttachment(attachmentId, slot, bytes, now);
    }

    /** Removes an attachment's bytes once the transaction that removed its row commits. */
    void discard(DraftAttachment attachment) {
        cleanup.deleteAfterCommit(attachment.bytes().storageKey());
    }

    /** An attachment's bytes, checked against the SHA-256 recorded at upload. */
    byte[] content(DraftAttachment attachment) {
        return attachment.bytes().read(blobs);
    }

    /**
     * Makes the draft's attachments the dossier's stored files, sharing their bytes rather than copying them: a filed
     * draft's files are not kept twice. A submitted draft can no longer be deleted or lose an attachment, so the bytes
     * stay as long as the dossier's rows name them.
     */
    void copyTo(UUID dossierId, Draft draft) {
        for (DraftAttachment attachment : draft.attachments()) {
            files.adopt(dossierId, FileKind.ATTACHMENT, attachment.bytes());
        }
    }

    AttachmentProperties limits() {
        return limits;
    }
}
