package vn.motcua.sandbox.payment;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Times as they travel in the platform's messages: {@code yyyyMMddHHmmss} in Vietnam time. */
final class WireTime {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    private WireTime() {
    }

    /** The wire form of an instant, or {@code null} for none. */
    static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant.atZone(VIETNAM));
    }

    /** Whether a value is a valid wire time. */
    static boolean isValid(String value) {
        if (value == null || !value.matches("\\d{14}")) {
            return false;
        }
        try {
            LocalDateTime.parse(value, FORMAT);
            return true;
        }
        catch (DateTimeParseException ex) {
            return false;
        }
    }
}
