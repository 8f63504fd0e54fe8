package vn.motcua.web.desk;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

import vn.motcua.cases.dossier.Dossier;

/**
 * The page that asks for a reason ({@link #VIEW}): the heading, the explanation, where it posts and its button; the
 * reason is required and at most {@link Dossier#MAX_REASON} characters.
 */
public record ReasonPage(String titleKey, String explainKey, String actionPath, String buttonId, String buttonKey) {

    public static final String VIEW = "staff/reason";
    static final String FORM = "form";

    /** The reason, stripped, or {@code null} with the field error added when it is missing or too long. */
    public static String check(ReasonForm form, BindingResult errors) {
        String reason = form.reason() == null ? "" : form.reason().replace("\u0000", "").strip();
        if (reason.isEmpty()) {
            errors.rejectValue("reason", "staff.reason.missing");
            return null;
        }
        if (reason.length() > Dossier.MAX_REASON) {
            errors.rejectValue("reason", "staff.reason.tooLong", new Object[] { String.valueOf(Dossier.MAX_REASON) }, null);
            return null;
        }
        return reason;
    }

    public static BindingResult errors(ReasonForm form) {
        return new DirectFieldBindingResult(form, FORM);
    }

    /** Shows the page for the dossier with the form as typed and its errors. */
    public String show(Dossier dossier, ReasonForm form, BindingResult errors, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("page", this);
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, errors);
        model.addAttribute("maxLength", Dossier.MAX_REASON);
        return VIEW;
    }
}
