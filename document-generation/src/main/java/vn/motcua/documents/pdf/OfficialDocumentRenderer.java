package vn.motcua.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.PdfWriter;

import vn.motcua.documents.DocumentException;
import vn.motcua.documents.DocumentLine;
import vn.motcua.documents.OfficialDocument;

/** Renders an {@link OfficialDocument} as an unsigned A4 PDF. Stateless and thread-safe. */
public final class OfficialDocumentRenderer {

    private static final float LEFT_MARGIN = Utilities.millimetersToPoints(30);
    private static final float RIGHT_MARGIN = Utilities.millimetersToPoints(15);
    private static final float TOP_MARGIN = Utilities.millimetersToPoints(20);
    private static final float BOTTOM_MARGIN = Utilities.millimetersToPoints(20);
    private static final float LINE_LEADING = Typography.BODY_SIZE * 1.4f;

    /**
     * @param document the document content
     * @return the PDF and the place reserved for the visible signature
     * @throws DocumentException if the document cannot be rendered
     */
    public RenderedPdf render(OfficialDocument document) {
        validate(document);
        Typography type = Typography.create();
        ClosingTable closing = new ClosingTable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(document.title());
            pdf.addSubject(document.number());
            pdf.addCreator("Một Cửa");
            pdf.open();
            pdf.add(HeaderTable.create(document, type));
            addTitle(pdf, document, type);
            addBody(pdf, document, type);
            pdf.add(closing.create(document, type));
            pdf.close();
        } catch (com.lowagie.text.DocumentException | ExceptionConverter e) {
            throw new DocumentException("cannot render document " + document.number(), e);
        }
        return new RenderedPdf(out.toByteArray(), closing.signaturePage(), closing.signatureArea());
    }

    private static void addTitle(Document pdf, OfficialDocument document, Typography type) {
        Paragraph title = Blocks.centered(document.title(), type.title());
        title.setSpacingBefore(24);
        pdf.add(title);
        if (document.subtitle() != null && !document.subtitle().isBlank()) {
            pdf.add(Blocks.centered(document.subtitle(), type.bodyBold()));
        }
    }

    private static void addBody(Document pdf, OfficialDocument document, Typography type) {
        boolean first = true;
        for (DocumentLine line : document.lines()) {
            Paragraph paragraph = new Paragraph(LINE_LEADING, "", type.body());
            paragraph.add(new Chunk(line.label() + ": ", type.bodyBold()));
            paragraph.add(new Chunk(Objects.toString(line.value(), ""), type.body()));
            paragraph.setSpacingBefore(first ? 16 : 2);
            pdf.add(paragraph);
            first = false;
        }
        for (String text : document.paragraphs()) {
            Paragraph paragraph = new Paragraph(LINE_LEADING, text, type.body());
            paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
            paragraph.setFirstLineIndent(Utilities.millimetersToPoints(10));
            paragraph.setSpacingBefore(first ? 16 : 6);
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
