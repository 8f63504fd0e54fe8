package vn.motcua.web.api;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.draft.AttachmentRejectedException;
import vn.motcua.cases.draft.DraftClosedException;
import vn.motcua.cases.draft.DraftNotFoundException;
import vn.motcua.cases.draft.IdempotencyConflictException;
import vn.motcua.cases.draft.DraftQuotaException;
import vn.motcua.cases.draft.NoOnlineFormException;
import vn.motcua.cases.draft.SubmissionRefusedException;
import vn.motcua.cases.form.FormProblem;
import vn.motcua.cases.storage.StorageUnavailableException;

/**
 * Domain refusals and malformed requests of REST API v1 as problem details with a stable {@code code}; ahead of the
 * pages' error advice, which answers with HTML.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    /** One problem of a form value: where, which rule, and the rule's message in Vietnamese. */
    record ValueProblem(String path, String code, String message) {
    }

    private final ApiProblems problems;

    ApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    /** The problems of a form as the API lists them. */
    static List<ValueProblem> listed(List<FormProblem> found, ApiProblems problems) {
        return found.stream().map(p -> new ValueProblem(p.path(), p.key(),
                problems.text(p.key(), p.arguments().toArray()))).toList();
    }

    @ExceptionHandler(DraftNotFoundException.class)
    ResponseEntity<ProblemDetail> draftNotFound(HttpServletRequest request) {
        return problems.notFound(request, "api.draft.notFound");
    }

    @ExceptionHandler(NoOnlineFormException.class)
    ResponseEntity<ProblemDetail> noForm() {
        return problems.of(HttpStatus.NOT_FOUND, "PROCEDURE_NOT_FOUND", "api.procedure.notFound");
    }

    @ExceptionHandler(DraftQuotaException.class)
    ResponseEntity<ProblemDetail> draftQuota(DraftQuotaException full) {
        return problems.of(HttpStatus.TOO_MANY_REQUESTS, "DRAFT_QUOTA", DraftQuotaException.MESSAGE_KEY, full.limit());
    }

    @ExceptionHandler(DraftClosedException.class)
    ResponseEntity<ProblemDetail> closed(DraftClosedException closed) {
        ResponseEntity<ProblemDetail> answer = problems.of(HttpStatus.CONFLICT, "DRAFT_SUBMITTED", "api.draft.submitted");
        closed.dossierId().ifPresent(dossier -> answer.getBody().setProperty("dossierId", dossier));
        return answer;
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> idempotencyConflict() {
        return problems.of(HttpStatus.CONFLICT, "IDEMPOTENCY_CONFLICT", "api.idempotency.conflict");
    }

    @ExceptionHandler(SubmissionRefusedException.class)
    ResponseEntity<ProblemDetail> refused(SubmissionRefusedException refused) {
        if (SubmissionRefusedException.NOT_OPEN.equals(refused.messageKey())) {
            return problems.of(HttpStatus.CONFLICT, "NOT_OPEN_ONLINE", refused.messageKey());
        }
        ResponseEntity<ProblemDetail> answer = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "INCOMPLETE",
                refused.messageKey());
        answer.getBody().setProperty("problems", listed(refused.problems(), problems));
        return answer;
    }

    @ExceptionHandler(AttachmentRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(AttachmentRejectedException rejected) {
        Object[] arguments = rejected.arguments().toArray();
        return switch (rejected.messageKey()) {
            case "attachment.tooLarge" -> problems.of(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE",
                    rejected.messageKey(), arguments);
            case "attachment.dossierTooLarge" -> problems.of(HttpStatus.CONTENT_TOO_LARGE, "DOSSIER_TOO_LARGE",
                    rejected.messageKey(), arguments);
            case "attachment.type" -> problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "FILE_TYPE", rejected.messageKey());
            case "attachment.tooMany" -> problems.of(HttpStatus.CONFLICT, "TOO_MANY_FILES", rejected.messageKey(),
                    arguments);
            case "attachment.quota.bytes" -> problems.of(HttpStatus.CONTENT_TOO_LARGE, "QUOTA_BYTES",
                    rejected.messageKey(), arguments);
            case "attachment.quota.rate" -> retryInAnHour(problems.of(HttpStatus.TOO_MANY_REQUESTS, "UPLOAD_RATE",
                    rejected.messageKey(), arguments));
            default -> problems.of(HttpStatus.BAD_REQUEST, "FILE_EMPTY", rejected.messageKey(), arguments);
        };
    }

    /** The object store is down: nothing was stored (the transaction rolled back); the client may try again soon. */
    @ExceptionHandler(StorageUnavailableException.class)
    ResponseEntity<ProblemDetail> storageUnavailable() {
        ResponseEntity<ProblemDetail> answer = problems.of(HttpStatus.SERVICE_UNAVAILABLE, "STORAGE_UNAVAILABLE",
                "api.storage.unavailable");
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "60").body(answer.getBody());
    }

    /**
     * The database cannot be reached or has no free connection (a restart, an overload): the transaction did not
     * commit, nothing changed; the client may try again, with the same Idempotency-Key for a submission.
     */
    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class })
    ResponseEntity<ProblemDetail> databaseUnavailable() {
        ResponseEntity<ProblemDetail> answer = problems.of(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE",
                "api.database.unavailable");
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "30").body(answer.getBody());
    }

    private static ResponseEntity<ProblemDetail> retryInAnHour(ResponseEntity<ProblemDetail> answer) {
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "3600").body(answer.getBody());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentChange() {
        return problems.of(HttpStatus.CONFLICT, "CONCURRENT_CHANGE", "api.concurrentChange");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problems.of(HttpStatus.BAD_REQUEST, "INVALID_BODY", "api.body.invalid");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType() {
        return problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "api.mediaType.unsupported");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return problems.of(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "api.parameter.invalid", mismatch.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException missing) {
        return problems.of(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "api.parameter.missing", missing.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException missing) {
        return problems.of(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "api.parameter.missing",
                missing.getRequestPartName());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException tooLarge) {
        return problems.of(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_TOO_LARGE", "api.upload.tooLarge");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart() {
        return problems.of(HttpStatus.BAD_REQUEST, "INVALID_BODY", "api.multipart.invalid");
    }
}
