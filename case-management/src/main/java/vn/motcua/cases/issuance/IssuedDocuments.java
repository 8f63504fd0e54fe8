package vn.motcua.cases.issuance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.storage.StoredFile;

/** The register of issued documents: recorded when a signed PDF is stored, read by anyone holding its QR id. */
@Service
public class IssuedDocuments {

    private final IssuedDocumentRepository repository;
    private final Clock clock;

    IssuedDocuments(IssuedDocumentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records a stored signed PDF; its file id is the id printed in the document's QR code. */
    @Transactional
    public IssuedDocument record(StoredFile file, String title, String issuerAgencyCode, String signer, Instant signedAt) {
        return repository.save(new IssuedDocument(file, title, issuerAgencyCode, signer, signedAt));
    }

    @Transactional(readOnly = true)
    public Optional<IssuedDocument> find(UUID id) {
        return repository.findById(id);
    }

    /** The document we issued with exactly these bytes, if any. */
    @Transactional(readOnly = true)
    public Optional<IssuedDocument> findBySha256(String sha256) {
        return repository.findBySha256(sha256);
    }

    /** The documents issued for the dossier, oldest first, revoked ones included. */
    @Transactional(readOnly = true)
    public List<IssuedDocument> ofDossier(UUID dossierId) {
        return repository.findByDossierIdOrderBySignedAt(dossierId);
    }

    @Transactional(readOnly = true)
    public List<IssuedDocument> latest(int count) {
        return repository.findAllByOrderBySignedAtDesc(Limit.of(count));
    }

    @Transactional
    public IssuedDocument revoke(UUID id, String administrator, String reason) {
        IssuedDocument document = repository.findById(id).orElseThrow(() -> new IllegalArgumentException("No document " + id));
        document.revoke(administrator, reason, clock.instant());
        return repository.save(document);
    }
}
