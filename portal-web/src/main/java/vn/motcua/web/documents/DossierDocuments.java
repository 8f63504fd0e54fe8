package vn.motcua.web.documents;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;

/**
 * The signed documents of a dossier (slips and results) from the register of issued documents; the dossier pages
 * read them as {@code @dossierDocuments}, so every page that shows a dossier lists them the same way.
 */
@Component("dossierDocuments")
public class DossierDocuments {

    private final IssuedDocuments register;
    private final StoredFiles files;

    DossierDocuments(IssuedDocuments register, StoredFiles files) {
        this.register = register;
        this.files = files;
    }

    /** The dossier's slips and results, oldest first, revoked ones included. */
    public List<IssuedDocument> of(UUID dossierId) {
        return register.ofDossier(dossierId);
    }

    /** The stored file of one of the dossier's documents; empty if the document belongs to another dossier. */
    Optional<StoredFile> file(UUID dossierId, UUID documentId) {
        return register.find(documentId).filter(document -> document.dossierId().equals(dossierId))
                .flatMap(document -> files.find(document.id()));
    }
}
