package vn.motcua.web.support;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.audit.SecurityEvent.Kind;
import vn.motcua.cases.dossier.IllegalTransitionException;
import vn.motcua.cases.storage.StorageUnavailableException;
import vn.motcua.web.security.SecurityAuditing;
import vn.motcua.workflow.TaskHeldException;
import vn.motcua.workflow.TaskNotAvailableException;

/** Maps domain refusals to statuses; the error page shows a message from the bundle, never internals. */
@ControllerAdvice
class DomainErrors {

    private static final String ERROR_VIEW = "error";

    private final SecurityAuditing auditing;

    DomainErrors(SecurityAuditing auditing) {
        this.auditing = auditing;
    }

    /** A missing object and another person's object get the same answer, and both are audited. */
    @ExceptionHandler({ TaskNotAvailableException.class, NotFoundException.class })
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request, Model model) {
        auditing.record(Kind.OBJECT_REFUSED, request, null);
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return ERROR_VIEW;
    }

    /** Someone else claimed the task: the page says so instead of a bare conflict. */
    @ExceptionHandler(TaskHeldException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String taskHeld(Model model) {
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        model.addAttribute("reason", "taskHeld");
        return ERROR_VIEW;
    }

    /** The object store is down: the page says to try again in a moment rather than showing a bare error. */
    @ExceptionHandler(StorageUnavailableException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String storageUnavailable(Model model) {
        model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        model.addAttribute("reason", "storeUnavailable");
        return ERROR_VIEW;
    }

    /** The database cannot be reached or has no free connection: nothing changed; the page says to try again. */
    @ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessResourceException.class })
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String databaseUnavailable(Model model) {
        model.addAttribute("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        model.addAttribute("reason", "databaseUnavailable");
        return ERROR_VIEW;
    }

    @ExceptionHandler(IllegalTransitionException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String illegalTransition(Model model) {
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        return ERROR_VIEW;
    }
}
