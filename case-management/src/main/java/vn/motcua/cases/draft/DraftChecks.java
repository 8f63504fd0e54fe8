package vn.motcua.cases.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FormProblem;
import vn.motcua.cases.form.FormValidator;
import vn.motcua.cases.form.NationalChecks;
import vn.motcua.cases.form.Places;
import vn.motcua.cases.form.Step;
import vn.motcua.cases.procedure.RequiredDocument;

/**
 * The rules a draft is checked against: the form's own rules as of today, the national checks of a saved page, the
 * required documents, and whether its process can be routed at all.
 */
@Component
class DraftChecks {

    private final Places places;
    private final Clock clock;
    private final ObjectProvider<NationalChecks> nationalChecks;
    private final ObjectProvider<ProcessAvailability> processes;

    DraftChecks(Places places, Clock clock, ObjectProvider<NationalChecks> nationalChecks,
            ObjectProvider<ProcessAvailability> processes) {
        this.places = places;
        this.clock = clock;
        this.nationalChecks = nationalChecks;
        this.processes = processes;
    }

    /** The validator of today, in the legal time zone. */
    FormValidator validator() {
        return new FormValidator(places, clock.instant().atZone(LegalClock.ZONE).toLocalDate());
    }

    /** The problems of a page just saved: the form's rules, then the national checks of the fields that passed them. */
    List<FormProblem> stepProblems(Draft draft, Step step) {
        List<FormProblem> problems = new ArrayList<>(validator().validate(step, draft.formData(), draft.verifiedKeys()));
        problems.addAll(nationalProblems(draft, step, problems));
        return problems;
    }

    /** Everything that keeps the draft from being submitted: every page's problems, then missing required documents. */
    List<FormProblem> problems(Draft draft) {
        List<FormProblem> problems = new ArrayList<>(validator().validate(draft.form(), draft.formData(),
                draft.verifiedKeys()));
        for (RequiredDocument document : draft.procedureVersion().documents()) {
            if (document.required() && draft.attachments().stream().noneMatch(a -> a.slot() == document.position())) {
                problems.add(new FormProblem("document-" + document.position(), "draft.document.required", List.of()));
            }
        }
        return problems;
    }

    /** Without a {@link ProcessAvailability} in the application nothing can be routed, hence nothing submitted. */
    boolean routable(String processKey) {
        ProcessAvailability availability = processes.getIfAvailable();
        return availability != null && availability.isRoutable(processKey);
    }

    /**
     * The national checks of a step's fields whose values passed the form's own rules; run when the step is saved,
     * not on every display, since each is a call to the gateway.
     */
    private List<FormProblem> nationalProblems(Draft draft, Step step, List<FormProblem> problems) {
        NationalChecks checks = nationalChecks.getIfAvailable();
        if (checks == null) {
            return List.of();
        }
        List<FormProblem> found = new ArrayList<>();
        for (Field field : step.fields()) {
            Object value = draft.formData().get(field.key());
            boolean clean = problems.stream().noneMatch(p -> p.path().equals(field.key()));
            if (field.check() != null && clean && value instanceof String text && !text.isBlank()) {
                checks.check(field.check(), field.key(), text.strip(), draft.procedureVersion().receivingAgencyCode(),
                        "file:" + draft.procedureVersion().procedure().code()).ifPresent(found::add);
            }
        }
        return found;
    }
}
