package vn.motcua.documents.pdf;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");

    private HeaderTable() {
    }

    static PdfPTable create(OfficialDocument document, Typography type) {
        PdfPTable table = Blocks.table(37, 63);
        Paragraph number = Blocks.centered("Số: " + document.number(), type.body());
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

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VIETNAMESE);
    }
}
