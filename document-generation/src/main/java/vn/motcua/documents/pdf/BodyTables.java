package vn.motcua.documents.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import vn.motcua.documents.DocumentTable;

/**
 * A {@link DocumentTable} as a ruled table with a shaded header row repeated on each page. Column widths follow the
 * automatic layout of HTML tables: every column gets at least its widest word, and the space left is shared in
 * proportion to how much wider each column would like to be to fit its cells on one line (headings may wrap).
 */
final class BodyTables {

    static final float TEXT_SIZE = 10.5f;
    private static final float PADDING = 3;
    private static final float BORDER = 0.5f;
    private static final float LEADING = 1.25f;
    private static final Color HEADER_SHADE = new Color(0xEE, 0xEE, 0xEE);

    private BodyTables() {
    }

    static Paragraph caption(DocumentTable table, Typography type) {
        Paragraph caption = new Paragraph(Typography.BODY_SIZE * 1.35f, table.caption(), type.bodyBold());
        caption.setSpacingBefore(8);
        caption.setSpacingAfter(4);
        return caption;
    }

    static PdfPTable create(DocumentTable table, Typography type, float width) {
        PdfPTable pdf = new PdfPTable(table.headers().size());
        try {
            pdf.setTotalWidth(widths(table, type, width));
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("one width per column is given", e);
        }
        pdf.setLockedWidth(true);
        pdf.setHeaderRows(1);
        pdf.setSpacingBefore(4);
        for (String heading : table.headers()) {
            PdfPCell cell = cell(heading, type.tableHeader(), Element.ALIGN_CENTER);
            cell.setBackgroundColor(HEADER_SHADE);
            pdf.addCell(cell);
        }
        for (List<String> row : table.rows()) {
            for (String text : row) {
                pdf.addCell(cell(text, type.tableText(), Element.ALIGN_LEFT));
            }
        }
        return pdf;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        Paragraph paragraph = Texts.paragraph(font.getSize() * LEADING, text, font);
        paragraph.setAlignment(alignment);
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph);
        cell.setPadding(PADDING);
        cell.setPaddingBottom(PADDING + 1);
        cell.setBorderWidth(BORDER);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** The widths in points of the columns of a table {@code width} points wide. */
    static float[] widths(DocumentTable table, Typography type, float width) {
        int columns = table.headers().size();
        float[] least = new float[columns];
        float[] wanted = new float[columns];
        for (int column = 0; column < columns; column++) {
            measure(table.headers().get(column), type.tableHeader(), least, null, column);
            for (List<String> row : table.rows()) {
                measure(row.get(column), type.tableText(), least, wanted, column);
            }
            wanted[column] = Math.max(wanted[column], least[column]);
        }
        float leastTotal = sum(least);
        float wantedTotal = sum(wanted);
        float[] widths = new float[columns];
        for (int column = 0; column < columns; column++) {
            if (wantedTotal <= width) {
                widths[column] = wanted[column] * width / wantedTotal;
            } else if (leastTotal >= width) {
                widths[column] = least[column] * width / leastTotal;
            } else {
                float stretch = wanted[column] - least[column];
                widths[column] = least[column] + (width - leastTotal) * stretch / (wantedTotal - leastTotal);
            }
        }
        return widths;
    }

    /** Widens the column's least width to its widest word and, unless {@code wanted} is null, its wanted width. */
    private static void measure(String text, Font font, float[] least, float[] wanted, int column) {
        float extra = 2 * PADDING + 2 * BORDER + 1;
        if (wanted != null) {
            for (String line : text.split("\n")) {
                float width = font.getBaseFont().getWidthPoint(line, font.getSize()) + extra;
                wanted[column] = Math.max(wanted[column], width);
            }
        }
        for (String word : text.split("\\s+")) {
            float wordWidth = font.getBaseFont().getWidthPoint(word, font.getSize()) + extra;
            least[column] = Math.max(least[column], wordWidth);
        }
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }
}
