package vn.motcua.sandbox.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** An error answer of a stand-in API: a status and a small JSON body such as {@code {"error":"not_found"}}. */
public class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final Map<String, Object> body;
    private final transient HttpHeaders headers = new HttpHeaders();

    public ApiError(HttpStatus status, String error) {
        this(status, Map.of("error", error));
    }

    public ApiError(HttpStatus status, Map<String, Object> body) {
        super(status + " " + body);
        this.status = status;
        this.body = new LinkedHashMap<>(body);
    }

    /** Adds a header to the answer, e.g. a {@code WWW-Authenticate} challenge. */
    public ApiError withHeader(String name, String value) {
        headers.add(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, Object> body() {
        return body;
    }

    public HttpHeaders headers() {
        return headers;
    }
}
