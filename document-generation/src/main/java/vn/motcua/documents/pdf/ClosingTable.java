package vn.motcua.documents.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

import vn.motcua.documents.OfficialDocument;

/**
 * The closing block: the verification QR code with its caption at the left, the signature block at the right
 * (title, "(Ký số)" hint, room for the visible signature, full name). Records where the room for the signature
 * ended up once the table is laid out.
 */
final class ClosingTable implements PdfPCellEvent {

    static final String QR_CAPTION = "Tra cứu, xác thực văn bản";
    static final String SIGNATURE_HINT = "(Ký số)";
    private static final float QR_SIZE = 76;
    private static final float SIGNATURE_HEIGHT = 62;
    private static final float SIGNATURE_INSET_X = 20;
    private static final float SIGNATURE_INSET_Y = 5;

    private Rectangle signatureArea;
    private int signaturePage;

    PdfPTable create(OfficialDocument document, Typography type) {
        PdfPTable table = Blocks.table(45, 55);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        table.addCell(verificationCell(document.verificationUrl(), type));
        table.addCell(signatureCell(document, type));
        return table;
    }

    Rectangle signatureArea() {
        if (signatureArea == null) {
            throw new IllegalStateException("the closing table has not been laid out");
        }
        return signatureArea;
    }

    int signaturePage() {
        return signaturePage;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        signatureArea = new Rectangle(position.getLeft() + SIGNATURE_INSET_X, position.getBottom() + SIGNATURE_INSET_Y,
                position.getRight() - SIGNATURE_INSET_X, position.getTop() - SIGNATURE_INSET_Y);
        signaturePage = canvases[PdfPTable.BASECANVAS].getPdfWriter().getPageNumber();
    }

    private static PdfPCell verificationCell(String url, Typography type) {
        Image qr = QrCodes.image(url, QR_SIZE);
        qr.setAlignment(Image.ALIGN_LEFT);
        Paragraph caption = new Paragraph(QR_CAPTION, type.smallItalic());
        Paragraph link = new Paragraph(url, type.small());
        PdfPCell cell = Blocks.cell(qr, caption, link);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return cell;
    }

    private PdfPCell signatureCell(OfficialDocument document, Typography type) {
        PdfPCell room = new PdfPCell();
        room.setBorder(PdfPCell.NO_BORDER);
        room.setFixedHeight(SIGNATURE_HEIGHT);
        room.setCellEvent(this);
        PdfPTable block = Blocks.table(1);
        block.addCell(Blocks.cell(
                Blocks.centered(document.signatory().title(), type.bodyBold()),
                Blocks.centered(SIGNATURE_HINT, type.bodyItalic())));
        block.addCell(room);
        block.addCell(Blocks.cell(Blocks.centered(document.signatory().fullName(), type.bodyBold())));
        return Blocks.cell(block);
    }
}
