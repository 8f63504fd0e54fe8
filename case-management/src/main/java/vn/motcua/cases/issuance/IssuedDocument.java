package vn.motcua.cases.issuance;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;

/** A signed document in the register: what it is, who signed it when, its SHA-256, and whether it was revoked. */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

    @Id
    private UUID id;

    @Column(name = "dossier_id")
    private UUID dossierId;

    @Enumerated(EnumType.STRING)
    private FileKind kind;

    private String title;

    @Column(name = "issuer_agency_code")
    private String issuerAgencyCode;

    private String signer;

    @Column(name = "signed_at")
    private Instant signedAt;

    private String sha256;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revocation_reason")
    private String revocationReason;

    protected IssuedDocument() {
    }

    /**
     * Registers a stored signed file: the document takes the file's id (printed in its QR code), dossier, kind and
     * SHA-256.
     */
    IssuedDocument(StoredFile file, String title, String issuerAgencyCode, String signer, Instant signedAt) {
        this.id = Objects.requireNonNull(file.id());
        this.dossierId = Objects.requireNonNull(file.dossierId());
        this.kind = Objects.requireNonNull(file.kind());
        this.title = Objects.requireNonNull(title);
        this.issuerAgencyCode = Objects.requireNonNull(issuerAgencyCode);
        this.signer = Objects.requireNonNull(signer);
        this.signedAt = Objects.requireNonNull(signedAt);
        this.sha256 = Objects.requireNonNull(file.sha256());
    }

    /** Revokes the document; a revoked document stays revoked. */
    void revoke(String administrator, String reason, Instant at) {
        if (isRevoked()) {
            throw new AlreadyRevokedException(id);
        }
        this.revokedAt = at;
        this.revokedBy = Objects.requireNonNull(administrator);
        this.revocationReason = Objects.requireNonNull(reason);
    }

    public boolean isRevoked() {
        return revokedAt != null;
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

    public String title() {
        return title;
    }

    public String issuerAgencyCode() {
        return issuerAgencyCode;
    }

    public String signer() {
        return signer;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String sha256() {
        return sha256;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public String revocationReason() {
        return revocationReason;
    }
}
