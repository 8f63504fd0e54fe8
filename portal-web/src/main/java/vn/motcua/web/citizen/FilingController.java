package vn.motcua.web.citizen;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureVersion;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.ProcessCatalog;

/** Filing procedure 2.000635 online: the form prefilled from national data, checked, then filed. */
@Controller
class FilingController {

    static final String VIEW = "citizen/file-extract";

    private final ProcedureCatalog catalog;
    private final ProcessCatalog processes;
    private final ApplicantPrefill prefill;
    private final Dossiers dossiers;
    private final Clock clock;

    FilingController(ProcedureCatalog catalog, ProcessCatalog processes, ApplicantPrefill prefill, Dossiers dossiers,
            Clock clock) {
        this.catalog = catalog;
        this.processes = processes;
        this.prefill = prefill;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @GetMapping("/procedures/{code}/file")
    String form(@PathVariable String code, @AuthenticationPrincipal OidcUser user, Model model) {
        return show(fileable(code), PortalUser.of(user), ExtractForm.empty(), model);
    }

    @PostMapping("/procedures/{code}/file")
    String file(@PathVariable String code, @AuthenticationPrincipal OidcUser user,
            @ModelAttribute("form") ExtractForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        ProcedureVersion version = fileable(code);
        PortalUser citizen = PortalUser.of(user);
        BindingResult errors = errorsOf(form);
        errors.addAllErrors(binding);
        ExtractFormValidator.validate(form, clock.instant().atZone(LegalClock.ZONE).toLocalDate(), errors);
        if (errors.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            return show(version, citizen, form, model);
        }
        ApplicantPrefill.Prefilled applicant = prefill.load(citizen, version.receivingAgencyCode(), "file:" + code);
        Dossier dossier = dossiers.file(new FileDossier(code, applicant.toApplicant(form.phone().trim(),
                form.email() == null || form.email().isBlank() ? null : form.email().trim()), Channel.ONLINE,
                ExtractFormValidator.toRequest(form).toFormData(), applicant.check()));
        redirect.addFlashAttribute("filedCode", dossier.code());
        return "redirect:/my/dossiers/" + dossier.id();
    }

    private String show(ProcedureVersion version, PortalUser citizen, ExtractForm form, Model model) {
        model.addAttribute("version", version);
        model.addAttribute("applicant", prefill.load(citizen, version.receivingAgencyCode(),
                "prefill:" + version.procedure().code()));
        if (!(model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof DirectFieldBindingResult)) {
            model.addAttribute("form", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errorsOf(form));
        }
        model.addAttribute("maxCopies", ExtractFormValidator.MAX_COPIES);
        return VIEW;
    }

    /** Form records have no JavaBean getters, so errors and re-rendering read the record's fields directly. */
    private static BindingResult errorsOf(ExtractForm form) {
        return new DirectFieldBindingResult(form, "form");
    }

    private ProcedureVersion fileable(String code) {
        if (!ExtractRequest.PROCEDURE_CODE.equals(code)) {
            throw new NotFoundException();
        }
        ProcedureVersion version = catalog.currentVersion(code).orElseThrow(NotFoundException::new);
        if (!processes.isDeployed(version.processKey())) {
            throw new NotFoundException();
        }
        return version;
    }
}
