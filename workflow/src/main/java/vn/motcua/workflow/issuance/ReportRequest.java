package vn.motcua.workflow.issuance;

import java.util.Objects;
import java.util.UUID;

import vn.motcua.documents.Signatory;

/**
 * A signed report that is produced again whenever asked (e.g. the register of slip 07): rendered and signed like any
 * document, but neither stored nor registered, and its QR code leads where the caller says.
 *
 * @param id              its deterministic id, given to the signer with the document
 * @param agencyCode      the agency that issues it and whose key signs it
 * @param number          the number printed in its header
 * @param signatory       who signs
 * @param verificationUrl the address of its QR code
 * @param renderer        its body under the header
 */
public record ReportRequest(UUID id, String agencyCode, String number, Signatory signatory, String verificationUrl,
        Renderer renderer) {

    public ReportRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        Objects.requireNonNull(renderer, "renderer");
    }
}
