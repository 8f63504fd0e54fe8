package vn.motcua.web.desk;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.procedure.Procedure;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureVersion;
import vn.motcua.web.security.PortalUser;
import vn.motcua.workflow.ProcessCatalog;

/**
 * The start of a walk-in dossier (channel 1): the clerk chooses a procedure the agency receives and enters the
 * applicant's identity, which the population database confirms; then the draft's pages follow under
 * {@value WalkInController#BASE}.
 */
@Controller
class WalkInStartController {

    static final String START_VIEW = "desk/walk-in";
    private static final String FORM = "form";

    private final Drafts drafts;
    private final WalkInApplicants applicants;
    private final ProcedureCatalog catalog;
    private final ProcessCatalog processes;

    WalkInStartController(Drafts drafts, WalkInApplicants applicants, ProcedureCatalog catalog,
            ProcessCatalog processes) {
        this.drafts = drafts;
        this.applicants = applicants;
        this.catalog = catalog;
        this.processes = processes;
    }

    @GetMapping(WalkInController.BASE)
    String start(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute(FORM, new WalkInForm("", "", "", ""));
        return showStart(PortalUser.of(user).agencyCode(), model);
    }

    @PostMapping(WalkInController.BASE)
    String begin(@AuthenticationPrincipal OidcUser user, @ModelAttribute(FORM) WalkInForm form, BindingResult errors,
            Model model) {
        PortalUser clerk = PortalUser.of(user);
        String agency = clerk.agencyCode();
        ProcedureVersion version = offered(form.procedure() == null ? "" : form.procedure().strip(), agency)
                .orElse(null);
        if (version == null) {
            errors.rejectValue("procedure", "walkIn.procedure.missing");
        }
        // the fields are checked first; the population database is asked only when nothing else is wrong
        var applicant = applicants.confirm(form, agency, clerk.subject(), errors);
        if (errors.hasErrors() || applicant.isEmpty()) {
            return showStart(agency, model);
        }
        String code = version.procedure().code();
        Draft draft = drafts.startAtDesk(applicant.get().subject(), code,
                applicants.verifiedValues(applicant.get(), agency, clerk.subject(), code, version.form().orElseThrow()),
                clerk.subject(), agency);
        return "redirect:" + WalkInController.BASE + "/" + draft.id();
    }

    /** The procedure's current version, if the agency receives it at the desk: it has a form and a deployed process. */
    private Optional<ProcedureVersion> offered(String code, String agency) {
        return catalog.currentVersion(code).filter(v -> agency.equals(v.receivingAgencyCode()) && v.form().isPresent())
                .filter(v -> processes.isDeployed(v.processKey()));
    }

    private String showStart(String agency, Model model) {
        List<Procedure> procedures = catalog.receivedBy(agency).stream()
                .filter(p -> offered(p.code(), agency).isPresent()).toList();
        model.addAttribute("procedures", procedures);
        return START_VIEW;
    }
}
