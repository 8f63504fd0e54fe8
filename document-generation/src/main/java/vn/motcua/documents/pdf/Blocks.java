package vn.motcua.documents.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;

/** Small layout elements shared by the header and the closing block. */
final class Blocks {

    private Blocks() {
    }

    static Paragraph centered(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setLeading(font.getSize() * 1.25f);
        return paragraph;
    }

    /** A short centered rule under a heading, {@code percent} of the column wide, in a paragraph of the font. */
    static Paragraph rule(float percent, Font font) {
        Paragraph paragraph = new Paragraph(4, "", font);
        paragraph.add(new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 0)));
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    static PdfPCell cell(Element... elements) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        for (Element element : elements) {
            cell.addElement(element);
        }
        return cell;
    }

    static PdfPTable table(float... relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(PdfPCell.NO_BORDER);
        return table;
    }
}
