package vn.motcua.web.support;

import java.util.Collection;

import org.springframework.validation.Errors;

import vn.motcua.cases.form.FormProblem;

/** Records a service's refusal on the form it came from: each problem on its field, with its message key. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(Errors errors, Collection<FormProblem> problems) {
        problems.forEach(problem -> reject(errors, problem));
    }

    public static void reject(Errors errors, FormProblem problem) {
        errors.rejectValue(problem.path(), problem.key(), problem.arguments().toArray(), null);
    }

    /** One problem: the field, the message key and its arguments. */
    public static void reject(Errors errors, String field, String key, Object... arguments) {
        errors.rejectValue(field, key, arguments, null);
    }
}
