package vn.motcua.web.authoring;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.authoring.Authoring;
import vn.motcua.cases.authoring.DraftNotFoundException;
import vn.motcua.cases.authoring.DraftRefusedException;
import vn.motcua.cases.authoring.ProcedureDraft;
import vn.motcua.cases.authoring.Published;
import vn.motcua.cases.procedure.OnlineLevel;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;

/** The administrator's procedures: the list, a new procedure, drafts of versions with their details, publication. */
@Controller
class ProcedureAdminController {

    static final String LIST_VIEW = "admin/procedures";
    static final String NEW_VIEW = "admin/procedure-new";
    static final String PATH = "/admin/procedures";

    private final Authoring authoring;
    private final DraftPage page;
    private final ProblemMessages problems;

    ProcedureAdminController(Authoring authoring, DraftPage page, ProblemMessages problems) {
        this.authoring = authoring;
        this.page = page;
        this.problems = problems;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("procedures", authoring.procedures());
        return LIST_VIEW;
    }

    @GetMapping(PATH + "/new")
    String newProcedure(Model model) {
        model.addAttribute("procedure", new NewProcedureForm("", "", "", OnlineLevel.FULL.name()));
        model.addAttribute("onlineLevels", OnlineLevel.values());
        ProblemMessages.none(model);
        return NEW_VIEW;
    }

    @PostMapping(PATH)
    String create(NewProcedureForm form, @AuthenticationPrincipal OidcUser admin, Model model, Locale locale) {
        try {
            ProcedureDraft draft = authoring.create(form.toCommand(), PortalUser.of(admin).subject());
            return "redirect:/admin/drafts/" + draft.id();
        } catch (DraftRefusedException e) {
            return refusedNew(form, e.problems(), model, locale);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // another administrator took the code at the same moment
            return refusedNew(form, java.util.List.of(new vn.motcua.cases.authoring.DraftProblem("code",
                    "authoring.procedure.code.taken", java.util.List.of(form.toCommand().code()))), model, locale);
        }
    }

    private String refusedNew(NewProcedureForm form, java.util.List<vn.motcua.cases.authoring.DraftProblem> refused,
            Model model, Locale locale) {
        model.addAttribute("procedure", form);
        model.addAttribute("onlineLevels", OnlineLevel.values());
        problems.addTo(model, "", refused, locale);
        return NEW_VIEW;
    }

    /** Opens the draft of the procedure's next version, copying the current version when none is open. */
    @PostMapping(PATH + "/{code}/draft")
    String draftNextVersion(@PathVariable String code, @AuthenticationPrincipal OidcUser admin) {
        try {
            return "redirect:/admin/drafts/" + authoring.draftNextVersion(code, PortalUser.of(admin).subject()).id();
        } catch (DraftNotFoundException e) {
            throw new NotFoundException();
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // another administrator opened the draft at the same moment: open theirs
            return "redirect:/admin/drafts/" + authoring.draftNextVersion(code, PortalUser.of(admin).subject()).id();
        }
    }

    @GetMapping("/admin/drafts/{id}")
    String draft(@PathVariable long id, Model model) {
        ProcedureDraft draft = load(id);
        return page.show(draft, DetailsForm.of(draft), model);
    }

    @PostMapping("/admin/drafts/{id}")
    String saveDetails(@PathVariable long id, DetailsForm form, @AuthenticationPrincipal OidcUser admin, Model model,
            Locale locale, RedirectAttributes redirect) {
        ProcedureDraft draft = load(id);
        try {
            authoring.saveDetails(id, form.toDetails(), PortalUser.of(admin).subject());
        } catch (DraftRefusedException e) {
            problems.addTo(model, "", e.problems(), locale);
            return page.show(draft, DetailsForm.of(form.toDetails()), model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/drafts/" + id;
    }

    @PostMapping("/admin/drafts/{id}/publish")
    String publish(@PathVariable long id, @AuthenticationPrincipal OidcUser admin, Model model, Locale locale,
            RedirectAttributes redirect) {
        ProcedureDraft draft = load(id);
        try {
            Published published = authoring.publish(id, PortalUser.of(admin).subject());
            redirect.addFlashAttribute("published", published);
            return "redirect:" + PATH;
        } catch (DraftRefusedException e) {
            problems.addTo(model, "", e.problems(), locale);
            model.addAttribute("publishRefused", true);
            return page.show(draft, DetailsForm.of(draft), model);
        }
    }

    @PostMapping("/admin/drafts/{id}/discard")
    String discard(@PathVariable long id, @AuthenticationPrincipal OidcUser admin, RedirectAttributes redirect) {
        ProcedureDraft draft = load(id);
        authoring.discard(id, PortalUser.of(admin).subject());
        redirect.addFlashAttribute("discarded", draft.procedureCode());
        return "redirect:" + PATH;
    }

    private ProcedureDraft load(long id) {
        try {
            return authoring.get(id);
        } catch (DraftNotFoundException e) {
            throw new NotFoundException();
        }
    }
}
