package vn.motcua.workflow.issuance;

import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.templates.DocumentHeader;

/** Renders a document's body under the header the issuer built (agency, number, date, signatory, QR address). */
@FunctionalInterface
public interface Renderer {

    OfficialDocument render(DocumentHeader header);
}
