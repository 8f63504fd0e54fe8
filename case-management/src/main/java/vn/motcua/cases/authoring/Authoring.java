package vn.motcua.cases.authoring;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.audit.AdminActions;

/**
 * The administrator's work on procedures: drafts of new procedures and of new versions, their details and forms,
 * and publication. Every change is checked whole before anything is written; a refused change throws
 * {@link DraftRefusedException} and leaves the draft as it was. Publishing creates a new version; versions already
 * published, and the dossiers filed under them, never change. A change locks the draft's row before reading it: two
 * administrators' changes to one draft run one after the other, and a draft published meanwhile is gone for the
 * second.
 */
@Service
public class Authoring {

    /** The form field every dossier takes its contact phone number from. */
    public static final String PHONE = "phone";

    private final ProcedureDrafts drafts;
    private final DraftStarts starts;
    private final DraftPublisher publisher;
    private final ProcedureOverview overview;
    private final AdminActions actions;
    private final Clock clock;

    Authoring(ProcedureDrafts drafts, DraftStarts starts, DraftPublisher publisher, ProcedureOverview overview,
            AdminActions actions, Clock clock) {
        this.drafts = drafts;
        this.starts = starts;
        this.publisher = publisher;
        this.overview = overview;
        this.actions = actions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProcedureDraft> drafts() {
        return drafts.findAllByOrderByUpdatedAtDesc();
    }

    /** @throws DraftNotFoundException if there is no such draft */
    @Transactional(readOnly = true)
    public ProcedureDraft get(long id) {
        return drafts.findById(id).orElseThrow(DraftNotFoundException::new);
    }

    /** Starts a new procedure as a draft, with a form holding the contact phone every dossier needs. */
    @Transactional
    public ProcedureDraft create(NewProcedure procedure, String admin) {
        return starts.create(procedure, admin);
    }

    /**
     * The draft of the next version of a published procedure: the one already started, or a new one copied from the
     * current version.
     *
     * @throws DraftNotFoundException if the catalogue has no such procedure
     */
    @Transactional
    public ProcedureDraft draftNextVersion(String procedureCode, String admin) {
        return starts.next(procedureCode, admin);
    }

    /** Saves the draft's details; problems of form (not a number, unknown agency …) refuse the whole change. */
    @Transactional
    public ProcedureDraft saveDetails(long id, DraftDetails details, String admin) {
        ProcedureDraft draft = lock(id);
        List<DraftProblem> problems = details.problems(overview.agencyCodes());
        if (!problems.isEmpty()) {
            throw new DraftRefusedException(problems);
        }
        draft.apply(details, admin, clock.instant());
        return drafts.save(draft);
    }

    /**
     * Applies one change to the draft's form; the change checks itself and answers its problems.
     *
     * @throws DraftRefusedException if it has problems; the form is then unchanged
     */
    @Transactional
    public ProcedureDraft editForm(long id, String admin, Function<FormEditor, List<DraftProblem>> change) {
        ProcedureDraft draft = lock(id);
        FormDraft form = FormDraft.of(draft.formDefinition());
        List<DraftProblem> problems = change.apply(new FormEditor(form));
        if (!problems.isEmpty()) {
            throw new DraftRefusedException(problems);
        }
        draft.replaceForm(form.json(), admin, clock.instant());
        return drafts.save(draft);
    }

    /** Read access to the draft's form, for the editor's pages. */
    @Transactional(readOnly = true)
    public FormEditor form(long id) {
        return new FormEditor(FormDraft.of(get(id).formDefinition()));
    }

    /** What keeps the draft from being published; empty when it can be. */
    @Transactional(readOnly = true)
    public List<DraftProblem> publicationProblems(long id) {
        return publisher.problems(get(id));
    }

    /**
     * Publishes the draft as the procedure's next version (its first for a new procedure) and removes the draft, in
     * one transaction.
     *
     * @throws DraftRefusedException if it cannot be published yet; nothing changes then
     */
    @Transactional
    public Published publish(long id, String admin) {
        return publisher.publish(lock(id), admin);
    }

    /** Throws the draft away; published versions are not touched. */
    @Transactional
    public void discard(long id, String admin) {
        ProcedureDraft draft = lock(id);
        drafts.delete(draft);
        actions.record(admin, "PROCEDURE_DRAFT_DISCARDED", draft.procedureCode(), null);
    }

    /** A procedure as the administrator's list shows it: published (with its current version), drafted, or both. */
    public record ProcedureRow(String code, String name, Integer version, java.time.Instant publishedAt, Long draftId) {
    }

    /** An agency to choose. */
    public record AgencyOption(String code, String name) {
    }

    /** Every procedure of the catalogue and every draft of a new one, by code. */
    @Transactional(readOnly = true)
    public List<ProcedureRow> procedures() {
        return overview.procedures();
    }

    @Transactional(readOnly = true)
    public List<AgencyOption> agencies() {
        return overview.agencies();
    }

    /** Codes of the agencies the portal knows. */
    @Transactional(readOnly = true)
    public Set<String> agencyCodes() {
        return overview.agencyCodes();
    }

    private ProcedureDraft lock(long id) {
        return drafts.lockById(id).orElseThrow(DraftNotFoundException::new);
    }
}
