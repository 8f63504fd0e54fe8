package vn.motcua.documents.pdf;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;

import vn.motcua.documents.OfficialDocument;

/**
 * The two-column header: issuing authority and number on the left, national title, motto, place and date on the
 * right.
 */
final class HeaderTable {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final float LEFT_SHARE = 37;
    private static final float MIN_NUMBER_SIZE = 9;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

    private HeaderTable() {
    }

    static PdfPTable create(OfficialDocument document, Typography type, float width) {
        PdfPTable table = Blocks.table(LEFT_SHARE, 100 - LEFT_SHARE);
        Paragraph number = number("Số: " + document.number(), type.body(), width * LEFT_SHARE / 100);
        number.setSpacingBefore(2);
        table.addCell(Blocks.cell(
                Blocks.centered(upper(document.issuer().superiorName()), type.header()),
                Blocks.centered(upper(document.issuer().name()), type.headerBold()),
                Blocks.rule(40, type.header()),
                number));
        Paragraph placeAndDate = Blocks.centered(document.place() + ", " + DATE.format(document.date()),
                type.dateLine());
        placeAndDate.setSpacingBefore(2);
        table.addCell(Blocks.cell(
                Blocks.centered(NATIONAL_TITLE, type.headerBold()),
                Blocks.centered(MOTTO, type.motto()),
                Blocks.rule(55, type.header()),
                placeAndDate));
        return table;
    }

    /** The number on one line: a long one (e.g. made from a dossier code) is set smaller, down to a limit. */
    private static Paragraph number(String text, Font font, float width) {
        float natural = font.getBaseFont().getWidthPoint(text, font.getSize());
        Font fitting = natural <= width ? font
                : new Font(font.getBaseFont(), Math.max(MIN_NUMBER_SIZE, font.getSize() * width / natural));
        Paragraph number = Texts.paragraph(fitting.getSize() * 1.25f, text, fitting);
        number.setAlignment(Element.ALIGN_CENTER);
        return number;
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VIETNAMESE);
    }
}
