package vn.motcua.web.authoring;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import vn.motcua.cases.authoring.Authoring;
import vn.motcua.cases.authoring.DraftNotFoundException;
import vn.motcua.cases.authoring.DraftProblem;
import vn.motcua.cases.authoring.DraftRefusedException;
import vn.motcua.cases.authoring.FieldRef;
import vn.motcua.cases.authoring.FormEditor;
import vn.motcua.cases.authoring.ProcedureDraft;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.PrefillSource;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;

/**
 * The form editor, without script: steps and fields are added, changed, moved and removed by posting small forms. A
 * refused change shows its problems next to its inputs and changes nothing.
 */
@Controller
class FormEditorController {

    static final String FIELD_VIEW = "admin/form-field";

    private final Authoring authoring;
    private final DraftPage page;
    private final ProblemMessages problems;

    FormEditorController(Authoring authoring, DraftPage page, ProblemMessages problems) {
        this.authoring = authoring;
        this.page = page;
        this.problems = problems;
    }

    @PostMapping("/admin/drafts/{id}/steps")
    String addStep(@PathVariable long id, StepForm form, @AuthenticationPrincipal OidcUser admin, Model model,
            Locale locale) {
        return change(id, admin, model, locale, "newStep.", e -> e.addStep(form.stepKey(), form.titleVi(), form.titleEn()),
                () -> model.addAttribute("newStep", form), "#form-editor");
    }

    @PostMapping("/admin/drafts/{id}/steps/{step}")
    String changeStep(@PathVariable long id, @PathVariable int step, StepForm form,
            @AuthenticationPrincipal OidcUser admin, Model model, Locale locale) {
        String action = form.action() == null ? "save" : form.action();
        Function<FormEditor, List<DraftProblem>> change = switch (action) {
            case "up" -> e -> e.moveStep(step, -1);
            case "down" -> e -> e.moveStep(step, 1);
            case "remove" -> e -> e.removeStep(step);
            default -> e -> e.renameStep(step, form.titleVi(), form.titleEn());
        };
        return change(id, admin, model, locale, "step" + step + ".", change, () -> { }, "#form-editor");
    }

    @PostMapping("/admin/drafts/{id}/steps/{step}/fields")
    String addField(@PathVariable long id, @PathVariable int step, NewFieldForm form,
            @AuthenticationPrincipal OidcUser admin, Model model, Locale locale) {
        String prefix = "newField" + step + (form.group() == null ? "" : "-" + form.group()) + ".";
        return change(id, admin, model, locale, prefix,
                e -> e.addField(step, form.group(), form.type(), form.key(), form.labelVi(), form.labelEn()),
                () -> {
                    model.addAttribute("newField", form);
                    model.addAttribute("newFieldAt", prefix);
                }, "#step-" + step);
    }

    @GetMapping("/admin/drafts/{id}/fields/{ref}")
    String field(@PathVariable long id, @PathVariable String ref, Model model, Locale locale) {
        ProcedureDraft draft = load(id);
        FieldRef at = ref(ref);
        FormEditor editor = authoring.form(id);
        try {
            problems.addTo(model, "", editor.problems(at), locale);
            return showField(draft, at, editor, FieldForm.of(editor.settings(at)), model);
        } catch (DraftNotFoundException e) {
            throw new NotFoundException();
        }
    }

    @PostMapping("/admin/drafts/{id}/fields/{ref}")
    String changeField(@PathVariable long id, @PathVariable String ref, FieldForm form,
            @AuthenticationPrincipal OidcUser admin, Model model, Locale locale) {
        ProcedureDraft draft = load(id);
        FieldRef at = ref(ref);
        String action = form.action() == null ? "save" : form.action();
        try {
            switch (action) {
                case "up" -> authoring.editForm(id, user(admin), e -> e.moveField(at, -1));
                case "down" -> authoring.editForm(id, user(admin), e -> e.moveField(at, 1));
                case "remove" -> authoring.editForm(id, user(admin), e -> e.removeField(at));
                default -> {
                    authoring.editForm(id, user(admin), e -> e.updateField(at, form.toSettings()));
                    return "redirect:/admin/drafts/" + id + "?saved#step-" + at.step();
                }
            }
        } catch (DraftRefusedException e) {
            problems.addTo(model, "", e.problems(), locale);
            return showField(draft, at, authoring.form(id), form, model);
        } catch (DraftNotFoundException e) {
            throw new NotFoundException();
        }
        return "redirect:/admin/drafts/" + id + "#step-" + at.step();
    }

    private String showField(ProcedureDraft draft, FieldRef at, FormEditor editor, FieldForm form, Model model) {
        FieldType type = editor.type(at);
        model.addAttribute("draft", draft);
        model.addAttribute("ref", at.toString());
        model.addAttribute("type", type);
        model.addAttribute("nested", at.nested() != null);
        model.addAttribute("field", form);
        model.addAttribute("prefillSources", List.of(PrefillSource.values()));
        return FIELD_VIEW;
    }

    private String change(long id, OidcUser admin, Model model, Locale locale, String prefix,
            Function<FormEditor, List<DraftProblem>> change, Runnable keepInput, String anchor) {
        ProcedureDraft draft = load(id);
        try {
            authoring.editForm(id, user(admin), change);
        } catch (DraftRefusedException e) {
            problems.addTo(model, prefix, e.problems(), locale);
            keepInput.run();
            return page.show(draft, DetailsForm.of(draft), model);
        } catch (DraftNotFoundException e) {
            throw new NotFoundException();
        }
        return "redirect:/admin/drafts/" + id + anchor;
    }

    private ProcedureDraft load(long id) {
        try {
            return authoring.get(id);
        } catch (DraftNotFoundException e) {
            throw new NotFoundException();
        }
    }

    private static FieldRef ref(String text) {
        return FieldRef.parse(text).orElseThrow(NotFoundException::new);
    }

    private static String user(OidcUser admin) {
        return PortalUser.of(admin).subject();
    }
}
