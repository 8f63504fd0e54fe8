package vn.motcua.cases.draft;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.motcua.cases.storage.StoredBytes;

/** A file uploaded to one document slot of a draft; its bytes are behind the storage port under a server-made key. */
@Entity
@Table(name = "draft_attachment")
public class DraftAttachment {

    @Id
    private UUID id;

    private int slot;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "display_name"))
    private StoredBytes bytes;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DraftAttachment() {
    }

    DraftAttachment(UUID id, int slot, StoredBytes bytes, Instant createdAt) {
        this.id = id;
        this.slot = slot;
        this.bytes = bytes;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    /** The position of the procedure version's required document this file stands for. */
    public int slot() {
        return slot;
    }

    /** The client's file name, sanitised, with the extension of the detected type; for display only. */
    public String displayName() {
        return bytes.name();
    }

    /** The type detected from the content. */
    public String contentType() {
        return bytes.contentType();
    }

    public long sizeBytes() {
        return bytes.sizeBytes();
    }

    public String sha256() {
        return bytes.sha256();
    }

    StoredBytes bytes() {
        return bytes;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
