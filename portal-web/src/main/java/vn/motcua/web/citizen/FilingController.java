package vn.motcua.web.citizen;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftQuotaException;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureVersion;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.ProcessCatalog;
import vn.motcua.workflow.prefill.ApplicantPrefill;

/** Filing online starts here: the citizen's open drafts of the procedure, and "Bắt đầu nộp hồ sơ" to start another. */
@Controller
class FilingController {

    static final String VIEW = "citizen/start-filing";

    private final ProcedureCatalog catalog;
    private final ProcessCatalog processes;
    private final ApplicantPrefill prefill;
    private final Drafts drafts;

    FilingController(ProcedureCatalog catalog, ProcessCatalog processes, ApplicantPrefill prefill, Drafts drafts) {
        this.catalog = catalog;
        this.processes = processes;
        this.prefill = prefill;
        this.drafts = drafts;
    }

    @GetMapping("/procedures/{code}/file")
    String start(@PathVariable String code, @AuthenticationPrincipal OidcUser user, Model model) {
        ProcedureVersion version = withForm(code);
        model.addAttribute("version", version);
        model.addAttribute("open", processes.isDeployed(version.processKey()));
        model.addAttribute("drafts", drafts.openDrafts(user.getSubject()).stream()
                .filter(d -> d.procedureVersion().procedure().code().equals(code)).toList());
        return VIEW;
    }

    /**
     * Starts a draft with the values the population database vouches for, then opens its first page; a citizen with as
     * many open drafts as allowed is sent back with a message (before national data is asked for anything).
     */
    @PostMapping("/procedures/{code}/file")
    String create(@PathVariable String code, @AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        ProcedureVersion version = withForm(code);
        FormDefinition form = version.form().orElseThrow();
        PortalUser citizen = PortalUser.of(user);
        try {
            drafts.requireRoomForDraft(citizen.subject());
            Draft draft = drafts.start(citizen.subject(), code,
                    prefill.verifiedValues(citizen, version.receivingAgencyCode(), "prefill:" + code, form));
            return "redirect:/my/drafts/" + draft.id();
        } catch (DraftQuotaException full) {
            redirect.addFlashAttribute("draftQuota", full.limit());
            return "redirect:/procedures/" + version.procedure().code() + "/file";
        }
    }

    private ProcedureVersion withForm(String code) {
        return catalog.currentVersion(code).filter(v -> v.form().isPresent()).orElseThrow(NotFoundException::new);
    }
}
