package vn.motcua.workflow.result;

import vn.motcua.workflow.issuance.Renderer;

/**
 * One result document of a dossier: what it is, who issues and signs it, and its body under the header.
 *
 * @param title      the title in the register of issued documents
 * @param number     the document number, e.g. {@code H29.12.05-261126-0007/BSTL}
 * @param fileName   the file name it is downloaded under
 * @param agencyCode the agency that issues it and whose key signs it
 * @param signerName who signs for the agency's head
 * @param renderer   the body under the header
 */
record ResultDocument(String title, String number, String fileName, String agencyCode, String signerName,
        Renderer renderer) {
}
