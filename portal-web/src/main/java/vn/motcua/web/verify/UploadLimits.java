package vn.motcua.web.verify;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A too-large upload fails while the request is parsed, before any controller is chosen, so the answer
 * comes from this advice: 413 with the verification page and a clear message.
 */
@ControllerAdvice
class UploadLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(Model model) {
        model.addAttribute("verdict", UploadVerdict.invalid("verify.problem.tooLarge", null));
        return VerificationController.UPLOAD_VIEW;
    }
}
