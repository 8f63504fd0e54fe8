package vn.motcua.cases.draft;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file uploaded to one document slot of a draft; its bytes are behind the storage port under a server-made key. */
@Entity
@Table(name = "draft_attachment")
public class DraftAttachment {

    @Id
    private UUID id;

    private int slot;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DraftAttachment() {
    }

    DraftAttachment(UUID id, int slot, String displayName, String contentType, long sizeBytes, String sha256,
            String storageKey, Instant createdAt) {
        this.id = id;
        this.slot = slot;
        this.displayName = displayName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
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
        return displayName;
    }

    /** The type detected from the content. */
    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    String storageKey() {
        return storageKey;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
