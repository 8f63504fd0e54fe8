package vn.motcua.cases.issuance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface IssuedDocumentRepository extends Repository<IssuedDocument, UUID> {

    IssuedDocument save(IssuedDocument document);

    Optional<IssuedDocument> findById(UUID id);

    Optional<IssuedDocument> findBySha256(String sha256);

    List<IssuedDocument> findAllByOrderBySignedAtDesc(Limit limit);

    List<IssuedDocument> findByDossierIdOrderBySignedAt(UUID dossierId);
}
