package vn.motcua.web.support;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message with its control characters escaped ({@code \r}, {@code \n}, {@code \t} as such, the others as
 * {@code \}{@code uXXXX}), registered in {@code logback-spring.xml} for {@code %m}, {@code %msg} and {@code %message}:
 * a value from a request (an order id, a user or file name) can never start a forged log line, whichever class logs it.
 * Stack traces are written by their own converter and keep their lines.
 */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return escape(super.convert(event));
    }

    /** The text with every control character (and the Unicode line and paragraph separators) escaped. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(EscapedMessageConverter::isControl)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> escaped.append("\\r");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (isControl(c)) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
    }
}
