package vn.motcua.web.authoring;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.motcua.cases.authoring.Authoring;
import vn.motcua.cases.authoring.ProcedureDraft;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.PrefillSource;
import vn.motcua.cases.procedure.FeeType;
import vn.motcua.cases.procedure.OnlineLevel;
import vn.motcua.workflow.deployment.ProcessDeployments;

/** Fills the model of a procedure draft's page: its details, its form's steps and fields, and the choices they offer. */
@Component
class DraftPage {

    static final String VIEW = "admin/procedure-draft";

    private final Authoring authoring;
    private final ProcessDeployments processes;

    DraftPage(Authoring authoring, ProcessDeployments processes) {
        this.authoring = authoring;
        this.processes = processes;
    }

    /** The page with the details as given (as stored, or as typed when they were refused). */
    String show(ProcedureDraft draft, DetailsForm details, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("details", details.withBlankRows());
        model.addAttribute("steps", authoring.form(draft.id()).steps());
        model.addAttribute("agencies", authoring.agencies());
        Set<String> keys = new LinkedHashSet<>(processes.keys());
        if (draft.processKey() != null) {
            keys.add(draft.processKey());
        }
        model.addAttribute("processKeys", keys);
        model.addAttribute("onlineLevels", OnlineLevel.values());
        model.addAttribute("feeTypes", FeeType.values());
        model.addAttribute("fieldTypes", FieldType.values());
        model.addAttribute("simpleTypes", Arrays.stream(FieldType.values()).filter(FieldType::simple).toList());
        model.addAttribute("prefillSources", List.of(PrefillSource.values()));
        if (!model.containsAttribute("errors")) {
            ProblemMessages.none(model);
        }
        return VIEW;
    }
}
