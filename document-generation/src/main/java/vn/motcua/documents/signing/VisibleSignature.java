package vn.motcua.documents.signing;

import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;

/**
 * Where and how the signature field is shown.
 *
 * @param page the 1-based page
 * @param area the field rectangle in page coordinates
 * @param text the text shown in the field (signer, agency, time)
 * @param font the font of that text; it must cover the text's characters
 */
public record VisibleSignature(int page, Rectangle area, String text, Font font) {
}
