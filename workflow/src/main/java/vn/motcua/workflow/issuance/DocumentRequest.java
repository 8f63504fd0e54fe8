package vn.motcua.workflow.issuance;

import java.util.Objects;
import java.util.UUID;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.documents.Signatory;

/**
 * One document of a dossier to issue.
 *
 * @param id         its deterministic id (see {@link DocumentId}): the same request retried gives the same id
 * @param dossier    the dossier it belongs to
 * @param kind       what it is: file kind, title, number and file name
 * @param agencyCode the agency that issues it and whose key signs it
 * @param signatory  who signs
 * @param renderer   its body under the header
 */
public record DocumentRequest(UUID id, Dossier dossier, DocumentKind kind, String agencyCode, Signatory signatory,
        Renderer renderer) {

    public DocumentRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(renderer, "renderer");
    }

    /** What the register records once the document is signed. */
    public Registration registration() {
        return new Registration(id, dossier.id(), kind, agencyCode, signatory.fullName());
    }
}
