package vn.motcua.cases.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.motcua.cases.draft.ProcessAvailability;
import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.form.InvalidFormDefinitionException;

/** What keeps a draft from being published: missing terms, unknown agencies, a process not deployed, a bad form. */
@Component
class PublicationCheck {

    private final ObjectProvider<ProcessAvailability> processes;
    private final ProcedureOverview overview;

    PublicationCheck(ObjectProvider<ProcessAvailability> processes, ProcedureOverview overview) {
        this.processes = processes;
        this.overview = overview;
    }

    /** The draft's problems; empty when it can be published. */
    List<DraftProblem> problems(ProcedureDraft draft) {
        List<DraftProblem> problems = new ArrayList<>();
        if (draft.legalBasis().isBlank()) {
            problems.add(DraftProblem.of("legalBasis", "authoring.legalBasis.missing"));
        }
        if (draft.resultTitle().isBlank()) {
            problems.add(DraftProblem.of("resultTitle", "authoring.required"));
        }
        if (draft.receivingAgencyCode() == null) {
            problems.add(DraftProblem.of("receivingAgencyCode", "authoring.required"));
        } else if (!overview.agencyCodes().contains(draft.receivingAgencyCode())) {
            problems.add(DraftProblem.of("receivingAgencyCode", "authoring.agency.unknown", draft.receivingAgencyCode()));
        }
        if (draft.processKey() == null) {
            problems.add(DraftProblem.of("processKey", "authoring.required"));
        } else {
            ProcessAvailability availability = processes.getIfAvailable();
            if (availability == null || !availability.isRoutable(draft.processKey())) {
                problems.add(DraftProblem.of("processKey", "authoring.process.notDeployed", draft.processKey()));
            }
        }
        if (draft.feeAmount() > 0 && draft.feeType() == null) {
            problems.add(DraftProblem.of("feeType", "authoring.fee.typeNeeded"));
        }
        problems.addAll(formProblems(FormDraft.of(draft.formDefinition())));
        return problems;
    }

    private static List<DraftProblem> formProblems(FormDraft form) {
        List<DraftProblem> problems = new ArrayList<>();
        if (form.steps().isEmpty()) {
            problems.add(DraftProblem.of("form", "authoring.form.noSteps"));
        }
        Set<String> reported = new HashSet<>();
        for (FieldRef ref : form.refs()) {
            if (!form.problemsOf(ref).isEmpty() && reported.add(ref.toString())) {
                Map<String, Object> field = form.field(ref);
                problems.add(DraftProblem.of("form", "authoring.form.fieldInvalid", String.valueOf(field.get("key")),
                        ref.toString()));
            }
        }
        if (problems.isEmpty()) {
            try {
                FormDefinition definition = FormDefinition.parse(form.json());
                if (definition.field(Authoring.PHONE).map(Field::type).filter(t -> t == FieldType.TEXT).isEmpty()) {
                    problems.add(DraftProblem.of("form", "authoring.form.phone", Authoring.PHONE));
                }
            } catch (InvalidFormDefinitionException e) {
                problems.add(DraftProblem.of("form", "authoring.form.invalid", e.getMessage()));
            }
        }
        return problems;
    }
}
