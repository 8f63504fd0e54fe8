package vn.motcua.documents.templates;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.motcua.documents.OfficialDocument;

/** Slip 07, a report rather than a slip of one dossier: the dossier register of an agency for a period. */
final class ReportSlips {

    static final String REGISTER_TITLE = "SỔ THEO DÕI HỒ SƠ";
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private ReportSlips() {
    }

    static OfficialDocument register(DossierRegisterSlip slip) {
        List<List<String>> rows = new ArrayList<>();
        Map<RegisterLine.Outcome, Integer> counts = new EnumMap<>(RegisterLine.Outcome.class);
        int position = 1;
        for (RegisterLine line : slip.lines()) {
            counts.merge(line.outcome(), 1, Integer::sum);
            rows.add(List.of(String.valueOf(position++),
                    line.dossierCode() + "\n" + line.applicantName(),
                    line.procedureName(),
                    "Nhận: " + shortTime(line.receivedAt())
                            + "\nHẹn trả: " + shortTime(line.dueAt())
                            + "\nHoàn thành: " + shortTime(line.finishedAt()),
                    line.status(),
                    line.outcome().words()));
        }
        DocumentBuilder builder = new DocumentBuilder(slip.header(), REGISTER_TITLE,
                "Từ ngày " + Formats.date(slip.from()) + " đến ngày " + Formats.date(slip.to()))
                .line("Cơ quan tiếp nhận", slip.header().issuer().name())
                .line("Tổng số hồ sơ tiếp nhận", String.valueOf(slip.total()));
        for (RegisterLine.Outcome outcome : RegisterLine.Outcome.values()) {
            builder.line(outcome.words(), String.valueOf(counts.getOrDefault(outcome, 0)));
        }
        if (rows.isEmpty()) {
            builder.paragraph("Không có hồ sơ nào được tiếp nhận trong kỳ này.");
        } else {
            builder.table("Danh sách hồ sơ:", List.of("STT", "Mã hồ sơ, người nộp", "Thủ tục", "Thời gian",
                    "Trạng thái", "Kết quả"), rows);
        }
        if (slip.total() > slip.lines().size()) {
            builder.paragraph("Sổ liệt kê " + slip.lines().size() + " hồ sơ đầu tiên trong tổng số " + slip.total()
                    + " hồ sơ của kỳ; đề nghị chọn kỳ ngắn hơn để xem đầy đủ.");
        }
        return builder.build();
    }

    /** {@code dd/MM/yyyy HH:mm}: the register's time column stays narrow; a dash for no time. */
    private static String shortTime(Instant time) {
        return time == null ? "—" : SHORT_TIME.format(time.atZone(Formats.ZONE));
    }
}
