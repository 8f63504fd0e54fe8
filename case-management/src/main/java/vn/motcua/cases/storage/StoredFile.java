package vn.motcua.cases.storage;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Metadata of a file kept for a dossier, with the SHA-256 of its bytes. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    private UUID id;

    @Column(name = "dossier_id")
    private UUID dossierId;

    @Enumerated(EnumType.STRING)
    private FileKind kind;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StoredFile() {
    }

    StoredFile(UUID id, UUID dossierId, FileKind kind, String fileName, String contentType, long sizeBytes,
            String sha256, String storageKey, Instant createdAt) {
        this.id = id;
        this.dossierId = dossierId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public FileKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

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
