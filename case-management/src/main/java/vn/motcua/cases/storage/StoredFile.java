package vn.motcua.cases.storage;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private StoredBytes bytes;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StoredFile() {
    }

    StoredFile(UUID id, UUID dossierId, FileKind kind, StoredBytes bytes, Instant createdAt) {
        this.id = id;
        this.dossierId = dossierId;
        this.kind = kind;
        this.bytes = bytes;
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

    StoredBytes bytes() {
        return bytes;
    }

    public String fileName() {
        return bytes.name();
    }

    public String contentType() {
        return bytes.contentType();
    }

    public long sizeBytes() {
        return bytes.sizeBytes();
    }

    public String sha256() {
        return bytes.sha256();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
