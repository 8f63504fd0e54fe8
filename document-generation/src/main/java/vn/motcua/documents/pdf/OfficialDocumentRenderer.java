package vn.motcua.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.PdfWriter;

import vn.motcua.documents.DocumentException;
import vn.motcua.documents.DocumentLine;
import vn.motcua.documents.DocumentTable;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.fonts.FontSet;

/** Renders an {@link OfficialDocument} as an unsigned A4 PDF. Stateless and thread-safe. */
public final class OfficialDocumentRenderer {

    private static final float LEFT_MARGIN = Utilities.millimetersToPoints(30);
    private static final float RIGHT_MARGIN = Utilities.millimetersToPoints(15);
    private static final float TOP_MARGIN = Utilities.millimetersToPoints(20);
    private static final float BOTTOM_MARGIN = Utilities.millimetersToPoints(20);
    private static final float LINE_LEADING = Typography.BODY_SIZE * 1.35f;
    private static final float BODY_SPACING = 12;
    /**
     * Justification widens spaces 8 times more than gaps between letters (OpenPDF's default is 2.5, which spreads the
     * letters of lines with few spaces visibly; spaces alone leave wide holes, also in the last line of a paragraph,
     * which OpenPDF sets with the spacing of the line before).
     */
    private static final float SPACE_CHAR_RATIO = 8;
    private static final float CONTENT_WIDTH = PageSize.A4.getWidth() - LEFT_MARGIN - RIGHT_MARGIN;

    /**
     * @param document the document content
     * @return the PDF and the place reserved for the visible signature
     * @throws DocumentException if the document cannot be rendered
     */
    public RenderedPdf render(OfficialDocument document) {
        try (FontSet fonts = FontSet.borrow()) {
            return render(document, fonts);
        }
    }

    /**
     * @param document the document content
     * @param fonts    the faces to render with, borrowed by the caller for this rendering
     * @return the PDF and the place reserved for the visible signature
     * @throws DocumentException if the document cannot be rendered
     */
    public RenderedPdf render(OfficialDocument document, FontSet fonts) {
        validate(document);
        Typography type = Typography.create(fonts);
        ClosingTable closing = new ClosingTable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setSpaceCharRatio(SPACE_CHAR_RATIO);
            writer.setFullCompression(); // object and cross-reference streams: smaller, and quicker to write
            writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
            pdf.addTitle(document.title());
            pdf.addSubject(document.number());
            pdf.addCreator("Một Cửa");
            pdf.open();
            pdf.add(HeaderTable.create(document, type, CONTENT_WIDTH));
            addTitle(pdf, document, type);
            addLines(pdf, document, type);
            addTables(pdf, document, type);
            addParagraphs(pdf, document, type);
            pdf.add(closing.create(document, type));
            pdf.close();
        } catch (com.lowagie.text.DocumentException | ExceptionConverter e) {
            throw new DocumentException("cannot render document " + document.number(), e);
        }
        return new RenderedPdf(out.toByteArray(), closing.signaturePage(), closing.signatureArea());
    }

    private static void addTitle(Document pdf, OfficialDocument document, Typography type) {
        Paragraph title = Blocks.centered(document.title(), type.title());
        title.setSpacingBefore(18);
        pdf.add(title);
        if (document.subtitle() != null && !document.subtitle().isBlank()) {
            pdf.add(Blocks.centered(document.subtitle(), type.bodyBold()));
        }
    }

    private static void addLines(Document pdf, OfficialDocument document, Typography type) {
        boolean first = true;
        for (DocumentLine line : document.lines()) {
            Paragraph paragraph = new Paragraph(LINE_LEADING, "", type.body());
            paragraph.add(Texts.chunk(line.label() + ": ", type.bodyBold()));
            paragraph.add(Texts.chunk(Objects.toString(line.value(), ""), type.body()));
            paragraph.setSpacingBefore(first ? BODY_SPACING : 2);
            pdf.add(paragraph);
            first = false;
        }
    }

    private static void addTables(Document pdf, OfficialDocument document, Typography type) {
        for (DocumentTable table : document.tables()) {
            if (table.caption() != null && !table.caption().isBlank()) {
                pdf.add(BodyTables.caption(table, type));
            }
            pdf.add(BodyTables.create(table, type, CONTENT_WIDTH));
        }
    }

    private static void addParagraphs(Document pdf, OfficialDocument document, Typography type) {
        boolean first = document.lines().isEmpty() && document.tables().isEmpty();
        for (String text : document.paragraphs()) {
            Paragraph paragraph = Texts.paragraph(LINE_LEADING, text, type.body());
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setFirstLineIndent(Utilities.millimetersToPoints(10));
            paragraph.setSpacingBefore(first ? BODY_SPACING : 6);
            pdf.add(paragraph);
            first = false;
        }
    }

    private static void validate(OfficialDocument document) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(document.issuer(), "issuer");
        Objects.requireNonNull(document.number(), "number");
        Objects.requireNonNull(document.place(), "place");
        Objects.requireNonNull(document.date(), "date");
        Objects.requireNonNull(document.title(), "title");
        Objects.requireNonNull(document.signatory(), "signatory");
        Objects.requireNonNull(document.verificationUrl(), "verificationUrl");
    }
}
