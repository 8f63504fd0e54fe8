package vn.motcua.web.desk;

import org.springframework.ui.Model;

import vn.motcua.cases.dossier.Dossier;

/**
 * The page that asks for a reason ({@link #VIEW}): the heading, the explanation, where it posts and its button; the
 * reason is required and at most {@link Dossier#MAX_REASON} characters ({@link Reason}).
 */
public record ReasonPage(String titleKey, String explainKey, String actionPath, String buttonId, String buttonKey) {

    public static final String VIEW = "staff/reason";
    static final String FORM = "form";

    /** Shows the page for the dossier with an empty form. */
    public String show(Dossier dossier, Model model) {
        model.addAttribute(FORM, new ReasonForm(""));
        return showAgain(dossier, model);
    }

    /** Shows the page for the dossier again, with the form as typed and its errors (in the model already). */
    public String showAgain(Dossier dossier, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("page", this);
        model.addAttribute("maxLength", Dossier.MAX_REASON);
        return VIEW;
    }
}
