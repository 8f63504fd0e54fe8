package vn.motcua.web.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.motcua.cases.statistics.Figures;
import vn.motcua.cases.statistics.ReportRow;
import vn.motcua.cases.statistics.StatisticsReport;

/**
 * A report as CSV (UTF-8 with a byte-order mark, so that Excel reads Vietnamese) and as an Excel workbook: one line for
 * the totals, then one per agency, procedure and month. A period without dossiers gives the headings and a line
 * saying so.
 */
@Component
class StatisticsExports {

    static final List<String> FIGURE_KEYS = List.of("statistics.received", "statistics.inProgress",
            "statistics.doneEarly", "statistics.doneOnTime", "statistics.doneLate", "statistics.onTimeShare",
            "statistics.refused", "statistics.withdrawn", "statistics.stopped", "statistics.supplemented",
            "statistics.online", "statistics.onlineShare", "statistics.paid", "statistics.paidOnline",
            "statistics.onlinePaymentShare", "statistics.ratingCount", "statistics.averageRating");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MessageSource messages;

    StatisticsExports(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(StatisticsReport report, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord(headings(locale));
            for (List<Object> line : lines(report, locale)) {
                csv.printRecord(line.stream().map(v -> v == null ? "" : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] xlsx(StatisticsReport report, String title, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(message("statistics.export.sheet", locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(bold);
            Row heading = sheet.createRow(2);
            List<String> headings = headings(locale);
            for (int i = 0; i < headings.size(); i++) {
                Cell cell = heading.createCell(i);
                cell.setCellValue(headings.get(i));
                cell.setCellStyle(bold);
            }
            int r = 3;
            for (List<Object> line : lines(report, locale)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < line.size(); i++) {
                    Object value = line.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 3);
            for (int i = 0; i < 3; i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> headings(Locale locale) {
        List<String> headings = new ArrayList<>(List.of(message("statistics.col.group", locale),
                message("statistics.col.code", locale), message("statistics.col.name", locale)));
        FIGURE_KEYS.forEach(key -> headings.add(message(key, locale)));
        return headings;
    }

    /** The lines under the headings: totals, then by agency, procedure and month; or the "no data" line. */
    private List<List<Object>> lines(StatisticsReport report, Locale locale) {
        List<List<Object>> lines = new ArrayList<>();
        if (report.isEmpty()) {
            lines.add(List.of(message("statistics.empty", locale)));
            return lines;
        }
        lines.add(line(message("statistics.group.total", locale), "", "", report.total()));
        for (ReportRow row : report.byAgency()) {
            lines.add(line(message("statistics.group.agency", locale), row.key(), row.label(), row.figures()));
        }
        for (ReportRow row : report.byProcedure()) {
            lines.add(line(message("statistics.group.procedure", locale), row.key(), row.label(), row.figures()));
        }
        for (ReportRow row : report.byMonth()) {
            lines.add(line(message("statistics.group.month", locale), row.key(), row.label(), row.figures()));
        }
        return lines;
    }

    private static List<Object> line(String group, String code, String name, Figures f) {
        return new ArrayList<>(Arrays.asList(group, code, name, f.received(), f.inProgress(), f.doneEarly(),
                f.doneOnTime(), f.doneLate(), f.onTimeShare(), f.refused(), f.withdrawn(), f.stopped(),
                f.supplemented(), f.online(), f.onlineShare(), f.paid(), f.paidOnline(), f.onlinePaymentShare(),
                f.ratingCount(), f.averageRating()));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
