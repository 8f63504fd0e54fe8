package vn.motcua.documents.signing;

import java.awt.Color;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfTemplate;

/** Draws the visible signature (layer n2): a framed block with the signature text, in the usual signature red. */
final class SignatureStamp {

    private static final Color INK = new Color(0xB0, 0x10, 0x10);
    private static final float FRAME_WIDTH = 0.8f;
    private static final float PADDING = 4;
    private static final float LINE_SPACING = 1.3f;

    private SignatureStamp() {
    }

    static void draw(PdfSignatureAppearance appearance, VisibleSignature visible) {
        appearance.setAcro6Layers(true);
        Rectangle area = visible.area();
        PdfTemplate layer = appearance.getLayer(2);
        layer.setColorStroke(INK);
        layer.setLineWidth(FRAME_WIDTH);
        layer.rectangle(FRAME_WIDTH, FRAME_WIDTH, area.getWidth() - 2 * FRAME_WIDTH,
                area.getHeight() - 2 * FRAME_WIDTH);
        layer.stroke();
        Font font = new Font(visible.font());
        font.setColor(INK);
        Paragraph text = new Paragraph(font.getSize() * LINE_SPACING, visible.text(), font);
        text.setAlignment(Element.ALIGN_LEFT);
        ColumnText column = new ColumnText(layer);
        column.setSimpleColumn(PADDING, PADDING, area.getWidth() - PADDING, area.getHeight() - PADDING);
        column.addElement(text);
        column.go();
    }
}
