package vn.motcua.workflow.issuance;

import java.util.UUID;

import vn.motcua.documents.OfficialDocument;

/**
 * A rendered document waiting for its signature.
 *
 * @param documentId the document's id, by which a signature completed later finds its document again
 * @param agencyCode the agency whose key signs
 * @param document   the rendered content
 */
public record SignatureRequest(UUID documentId, String agencyCode, OfficialDocument document) {
}
