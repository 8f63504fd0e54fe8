package vn.motcua.sandbox.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** Checks of request fields shared by the stand-in APIs; a bad field is answered 400 with its name. */
public final class RequestChecks {

    private RequestChecks() {
    }

    /** A 400 answer {@code {"error":"invalid_request","field":…}}. */
    public static ApiError invalid(String field) {
        return new ApiError(HttpStatus.BAD_REQUEST, Map.of("error", "invalid_request", "field", field));
    }

    /** A 404 answer {@code {"error":"not_found"}}. */
    public static ApiError notFound() {
        return new ApiError(HttpStatus.NOT_FOUND, "not_found");
    }

    /** A 12-digit identity number. */
    public static String idNumber(String value, String field) {
        if (value == null || !value.matches("\\d{12}")) {
            throw invalid(field);
        }
        return value;
    }

    /** A value that is present and not blank. */
    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw invalid(field);
        }
        return value.strip();
    }

    /** An ISO date ({@code yyyy-MM-dd}). */
    public static LocalDate isoDate(String value, String field) {
        try {
            return LocalDate.parse(required(value, field));
        }
        catch (DateTimeParseException ex) {
            throw invalid(field);
        }
    }
}
