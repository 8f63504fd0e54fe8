package vn.motcua.sandbox.api;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Writes {@link ApiError}s and unreadable request bodies of the stand-in APIs as JSON. */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrorHandler {

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> apiError(ApiError error) {
        return ResponseEntity.status(error.status()).headers(error.headers()).body(error.body());
    }

    @ExceptionHandler
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", "invalid_request"));
    }
}
