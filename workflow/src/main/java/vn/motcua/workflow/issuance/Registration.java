package vn.motcua.workflow.issuance;

import java.util.UUID;

/**
 * What the register needs of a document once its signed bytes exist: small values only, so that a signature
 * completed later (remote signing) can be registered from a stored request.
 *
 * @param id         the document's id
 * @param dossierId  the dossier it belongs to
 * @param kind       what it is
 * @param agencyCode the issuing agency
 * @param signerName who signed, as the register shows it
 */
public record Registration(UUID id, UUID dossierId, DocumentKind kind, String agencyCode, String signerName) {
}
