package vn.motcua.web.support;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import vn.motcua.cases.form.FormProblem;

/**
 * Bean Validation of the portal's forms. A portal constraint reports its problem as the services do, a message key
 * with its arguments ({@link #reject}); such a problem is recorded on the form's field with that key as its code, so
 * it reads exactly like a refusal of a service ({@link FormErrors}). Other constraints are recorded as Spring does.
 * Problems are recorded in the order of a form record's fields, and a check of several fields (a class-level
 * constraint) after those of single fields, so that a form's error summary reads from top to bottom.
 */
public class FormValidation extends SpringValidatorAdapter {

    public FormValidation(Validator validator) {
        super(validator);
    }

    /**
     * Reports a problem from a portal constraint's validator: the field (empty for the one the constraint is on), the
     * message key and its arguments. The violation's own message is the key's text, for other readers.
     *
     * @return {@code false}, for the validator to return
     */
    public static boolean reject(ConstraintValidatorContext context, String field, String key, Object... arguments) {
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class)
                .withDynamicPayload(new FormProblem(field, key, List.of(arguments)));
        for (int i = 0; i < arguments.length; i++) {
            hibernate.addMessageParameter(String.valueOf(i), arguments[i]);
        }
        var violation = hibernate.buildConstraintViolationWithTemplate("{" + key + "}");
        if (field.isEmpty()) {
            violation.addConstraintViolation();
        } else {
            violation.addPropertyNode(field).addConstraintViolation();
        }
        return false;
    }

    @Override
    protected void processConstraintViolations(Set<ConstraintViolation<Object>> violations, Errors errors) {
        List<ConstraintViolation<Object>> ordered = violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> acrossFields(v))
                        .thenComparing(v -> position(v))).toList();
        for (ConstraintViolation<Object> violation : ordered) {
            FormProblem problem = problemOf(violation);
            if (problem == null) {
                super.processConstraintViolations(Set.of(violation), errors);
                continue;
            }
            String field = determineField(violation);
            FieldError earlier = errors.getFieldError(field);
            if (earlier == null || !earlier.isBindingFailure()) {
                FormErrors.reject(errors, new FormProblem(field, problem.key(), problem.arguments()));
            }
        }
    }

    /** Whether a portal constraint on the whole form reported this (it names its field itself). */
    private static boolean acrossFields(ConstraintViolation<Object> violation) {
        FormProblem problem = problemOf(violation);
        return problem != null && !problem.path().isEmpty();
    }

    /** The place of the violation's field among a form record's fields; other forms keep the order given. */
    private int position(ConstraintViolation<Object> violation) {
        RecordComponent[] components = violation.getRootBeanClass().getRecordComponents();
        if (components == null) {
            return 0;
        }
        String field = determineField(violation);
        String top = field.split("[.\\[]", 2)[0];
        int index = Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(top);
        return index < 0 ? components.length : index;
    }

    private static FormProblem problemOf(ConstraintViolation<Object> violation) {
        try {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            return hibernate.getDynamicPayload(FormProblem.class);
        } catch (jakarta.validation.ValidationException notHibernate) {
            return null;
        }
    }
}
