package vn.motcua.web.support;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link FormText}. */
public class FormTextValidator implements ConstraintValidator<FormText, String> {

    private FormText constraint;

    @Override
    public void initialize(FormText constraint) {
        this.constraint = constraint;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String text = normal(value);
        if (text.isEmpty() && !constraint.missing().isEmpty()) {
            return FormValidation.reject(context, "", constraint.missing(), constraint.max());
        }
        if (text.length() > constraint.max()) {
            return FormValidation.reject(context, "", constraint.tooLong(), constraint.max());
        }
        return true;
    }

    /** The text as checked: without NUL characters, stripped; empty for none. */
    public static String normal(String value) {
        return value == null ? "" : value.replace("\u0000", "").strip();
    }
}
