package vn.motcua.web.authoring;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.motcua.cases.authoring.DraftNotFoundException;

/** A draft (or a part of its form) that is not there, e.g. published by another administrator meanwhile: 404. */
@ControllerAdvice(assignableTypes = { ProcedureAdminController.class, FormEditorController.class, PreviewController.class })
class AuthoringErrors {

    @ExceptionHandler(DraftNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }
}
