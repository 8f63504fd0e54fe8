package vn.motcua.web.api;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.audit.SecurityEvent.Kind;
import vn.motcua.web.security.SecurityAuditing;

/** Problem details (RFC 9457) of REST API v1, with the {@code detail} in Vietnamese from the message bundle. */
@Component
class ApiProblems {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final SecurityAuditing auditing;

    ApiProblems(MessageSource messages, SecurityAuditing auditing) {
        this.messages = messages;
        this.auditing = auditing;
    }

    /** A problem whose {@code code} names the rule that was broken. */
    ResponseEntity<ProblemDetail> of(HttpStatus status, String code, String messageKey, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, arguments, VIETNAMESE));
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }

    /** Another citizen's dossier is answered like a missing one, and the refusal is audited. */
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return notFound(request, "api.dossier.notFound");
    }

    /** Another citizen's object (draft, file, document) is answered like a missing one, and the refusal is audited. */
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, String messageKey) {
        auditing.record(Kind.OBJECT_REFUSED, request, null);
        return of(HttpStatus.NOT_FOUND, "NOT_FOUND", messageKey);
    }

    /** A message of the bundle in Vietnamese. */
    String text(String messageKey, Object... arguments) {
        return messages.getMessage(messageKey, arguments, VIETNAMESE);
    }
}
