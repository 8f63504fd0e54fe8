package vn.motcua.lgsp.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import vn.motcua.lgsp.Gender;

/** Reading the fields of an answer, where a missing or unreadable value makes the answer malformed. */
final class Fields {

    private Fields() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** An ISO date, required. */
    static LocalDate date(String text, String serviceCode) {
        if (blank(text)) {
            throw GatewayClient.malformed(serviceCode, "a required date is missing");
        }
        try {
            return LocalDate.parse(text);
        }
        catch (DateTimeParseException ex) {
            throw GatewayClient.malformed(serviceCode, "unreadable date '" + text + "'");
        }
    }

    /** An ISO date that may be missing. */
    static LocalDate optionalDate(String text, String serviceCode) {
        return blank(text) ? null : date(text, serviceCode);
    }

    static Gender gender(String text, String serviceCode) {
        String code = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (code) {
            case "male" -> Gender.MALE;
            case "female" -> Gender.FEMALE;
            default -> throw GatewayClient.malformed(serviceCode, "unknown gender '" + text + "'");
        };
    }

    /** A constant of an enum, written in any case on the wire. */
    static <E extends Enum<E>> E constant(Class<E> type, String text, String serviceCode) {
        if (blank(text)) {
            throw GatewayClient.malformed(serviceCode, "a required " + type.getSimpleName() + " is missing");
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
        catch (IllegalArgumentException ex) {
            throw GatewayClient.malformed(serviceCode, "unknown " + type.getSimpleName() + " '" + text + "'");
        }
    }
}
