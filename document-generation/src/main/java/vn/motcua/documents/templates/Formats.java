package vn.motcua.documents.templates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How documents write dates, times, counts and money. Times are shown in Asia/Ho_Chi_Minh. */
final class Formats {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private Formats() {
    }

    /** @return e.g. "05/01/2026" */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** @return e.g. "09:15 ngày 26/11/2026" */
    static String dateTime(Instant time) {
        return DATE_TIME.format(time.atZone(ZONE));
    }

    /** @return e.g. "50.000.000 đồng" */
    static String money(long vnd) {
        String digits = Long.toString(Math.abs(vnd));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (vnd < 0 ? "-" : "") + grouped + " đồng";
    }

    /** @return whether an optional text is missing */
    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
