package vn.motcua.sandbox.payment;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;

import vn.motcua.sandbox.api.ApiError;
import vn.motcua.sandbox.api.RequestChecks;

/**
 * Checks of the fields of the platform's requests; a bad field is answered 400 with its name. Values are kept
 * exactly as sent, since the checksum covers them as sent.
 */
final class Fields {

    static final int MAX_TEXT = 255;
    private static final String IDENTIFIER = "[A-Za-z0-9._-]{1,64}";

    private Fields() {
    }

    /** An order or refund id: 1 to 64 letters, digits, dots, dashes or underscores. */
    static String identifier(String value, String field) {
        if (value == null || !value.matches(IDENTIFIER)) {
            throw RequestChecks.invalid(field);
        }
        return value;
    }

    /** A text that is present, not blank, not longer than 255 characters and free of the separator {@code |}. */
    static String text(String value, String field) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT || value.contains("|")) {
            throw RequestChecks.invalid(field);
        }
        return value;
    }

    /** An amount in VND: a whole number above zero. */
    static long amount(BigDecimal value, String field) {
        try {
            if (value == null || value.scale() > 0 || value.signum() <= 0) {
                throw RequestChecks.invalid(field);
            }
            return value.longValueExact();
        }
        catch (ArithmeticException ex) {
            throw RequestChecks.invalid(field);
        }
    }

    /** An absolute http or https URL, free of the separator {@code |}. */
    static String url(String value, String field) {
        text(value, field);
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw RequestChecks.invalid(field);
            }
            return value;
        }
        catch (URISyntaxException ex) {
            throw RequestChecks.invalid(field);
        }
    }

    /** A time as {@code yyyyMMddHHmmss}. */
    static String wireTime(String value, String field) {
        if (!WireTime.isValid(value)) {
            throw RequestChecks.invalid(field);
        }
        return value;
    }

    /** A present checksum (its value is checked against the fields later). */
    static String checksum(String value) {
        if (value == null || value.isBlank()) {
            throw RequestChecks.invalid("checksum");
        }
        return value;
    }

    /** The 400 answer to a body that is not JSON or holds a field of the wrong type, naming the field if known. */
    static ApiError unreadable(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()
                && json.getPath().get(0).getPropertyName() != null) {
            return RequestChecks.invalid(json.getPath().get(0).getPropertyName());
        }
        return new ApiError(HttpStatus.BAD_REQUEST, "invalid_request");
    }

    /** The API answer to a refused request: 409, or 422 for a refund larger than what is left. */
    static ApiError refused(Refusal refusal) {
        HttpStatus status = refusal.reason() == Refusal.Reason.REFUND_EXCEEDS_PAID ? HttpStatus.UNPROCESSABLE_CONTENT
                : HttpStatus.CONFLICT;
        return new ApiError(status, refusal.reason().code());
    }
}
