package vn.motcua.documents.pdf;

import com.lowagie.text.Rectangle;

/**
 * An unsigned rendered document and where its signature belongs.
 *
 * @param content        the PDF bytes
 * @param signaturePage  the 1-based page holding the signature block
 * @param signatureArea  the free space of the signature block between the "(Ký số)" hint and the signer's name, in
 *                       page coordinates
 */
public record RenderedPdf(byte[] content, int signaturePage, Rectangle signatureArea) {
}
