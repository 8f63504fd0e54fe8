package vn.motcua.payment.http;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Times on the platform's wire: {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh. */
final class WireTimes {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private WireTimes() {
    }

    static String format(Instant at) {
        return FORMAT.format(at.atZone(VIETNAM));
    }

    /** The time, or {@code null} for an empty or malformed value. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, FORMAT).atZone(VIETNAM).toInstant();
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }
}
