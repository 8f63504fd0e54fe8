package vn.motcua.cases.storage;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface StoredFileRepository extends Repository<StoredFile, UUID> {

    StoredFile save(StoredFile file);

    java.util.Optional<StoredFile> findById(UUID id);

    List<StoredFile> findByDossierIdAndKindOrderByCreatedAt(UUID dossierId, FileKind kind);
}
