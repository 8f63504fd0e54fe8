package vn.motcua.cases.authoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.audit.AdminActions;
import vn.motcua.cases.draft.ProcessAvailability;
import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.form.InvalidFormDefinitionException;
import vn.motcua.cases.procedure.CatalogSearch;
import vn.motcua.cases.procedure.OnlineLevel;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureVersion;
import vn.motcua.cases.procedure.RequiredDocument;

/**
 * The administrator's work on procedures: drafts of new procedures and of new versions, their details and forms,
 * and publication. Every change is checked whole before anything is written; a refused change throws
 * {@link DraftRefusedException} and leaves the draft as it was. Publishing creates a new version; versions already
 * published, and the dossiers filed under them, never change.
 */
@Service
public class Authoring {

    /** The form field every dossier takes its contact phone number from. */
    public static final String PHONE = "phone";

    private final ProcedureDrafts drafts;
    private final ProcedureCatalog catalog;
    private final CatalogSearch search;
    private final JdbcClient jdbc;
    private final AdminActions actions;
    private final ObjectProvider<ProcessAvailability> processes;
    private final Clock clock;

    Authoring(ProcedureDrafts drafts, ProcedureCatalog catalog, CatalogSearch search, JdbcClient jdbc,
            AdminActions actions, ObjectProvider<ProcessAvailability> processes, Clock clock) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.search = search;
        this.jdbc = jdbc;
        this.actions = actions;
        this.processes = processes;
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
        List<DraftProblem> problems = new ArrayList<>();
        if (DraftProblem.hasControl(procedure.name(), false) || DraftProblem.hasControl(procedure.field(), false)) {
            throw new DraftRefusedException(List.of(DraftProblem.of("name", "authoring.control")));
        }
        if (procedure.code().isEmpty()) {
            problems.add(DraftProblem.of("code", "authoring.required"));
        } else if (!procedure.code().matches("[A-Za-z0-9][A-Za-z0-9.]{0,31}")) {
            problems.add(DraftProblem.of("code", "authoring.procedure.code.format"));
        } else if (catalog.currentVersion(procedure.code()).isPresent() || drafts.existsByProcedureCode(procedure.code())
                || jdbc.sql("select count(*) from procedure where code = :code").param("code", procedure.code())
                        .query(Long.class).single() > 0) {
            problems.add(DraftProblem.of("code", "authoring.procedure.code.taken", procedure.code()));
        }
        DraftDetails names = new DraftDetails(procedure.name(), procedure.field(), procedure.onlineLevel(), "", "", "",
                "", "", false, "", "", "", "", "", List.of(), List.of());
        names.problems(Set.of()).stream().filter(p -> Set.of("name", "field", "onlineLevel").contains(p.field()))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new DraftRefusedException(problems);
        }
        ProcedureDraft draft = drafts.save(new ProcedureDraft(procedure.code(), null, procedure.name(), procedure.field(),
                OnlineLevel.valueOf(procedure.onlineLevel().toUpperCase(java.util.Locale.ROOT)), FormDraft.starter(),
                admin, clock.instant()));
        actions.record(admin, "PROCEDURE_DRAFTED", procedure.code(), procedure.name());
        return draft;
    }

    /**
     * The draft of the next version of a published procedure: the one already started, or a new one copied from the
     * current version.
     *
     * @throws DraftNotFoundException if the catalogue has no such procedure
     */
    @Transactional
    public ProcedureDraft draftNextVersion(String procedureCode, String admin) {
        if (procedureCode == null || !procedureCode.matches("[A-Za-z0-9][A-Za-z0-9.]{0,31}")) {
            throw new DraftNotFoundException();
        }
        ProcedureVersion current = catalog.currentVersion(procedureCode).orElseThrow(DraftNotFoundException::new);
        return drafts.findByProcedureId(current.procedure().id()).orElseGet(() -> {
            ProcedureDraft draft = new ProcedureDraft(procedureCode, current.procedure().id(), current.procedure().name(),
                    current.procedure().field(), current.procedure().onlineLevel(), FormDraft.starter(), admin,
                    clock.instant());
            List<Map<String, Object>> documents = new ArrayList<>();
            for (RequiredDocument document : current.documents()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", document.name());
                row.put("originals", document.originals());
                row.put("certifiedCopies", document.certifiedCopies());
                row.put("copies", document.copies());
                row.put("required", document.required());
                documents.add(row);
            }
            List<Map<String, Object>> agencies = new ArrayList<>();
            search.participants(current).forEach(p -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("agencyCode", p.agencyCode());
                row.put("task", p.task());
                agencies.add(row);
            });
            draft.copyVersionValues(current.legalBasis(), current.receivingAgencyCode(), current.processKey(),
                    current.feeType(), current.feeAmount(), current.feePerCopy(),
                    current.deadlineRule().workingDays(), current.deadlineRule().workingHours(),
                    current.deadlineRule().cutoff(), current.resultTitle(),
                    documents, agencies);
            ProcedureDraft saved = drafts.save(draft);
            // the form is copied as stored, in SQL, so that it stays exactly as published
            jdbc.sql("update procedure_draft set form_definition = v.form_definition from procedure_version v "
                    + "where procedure_draft.id = :draft and v.id = :version and v.form_definition is not null")
                    .param("draft", saved.id()).param("version", current.id()).update();
            actions.record(admin, "PROCEDURE_DRAFTED", procedureCode, "version " + (current.version() + 1));
            return saved;
        });
    }

    /** Saves the draft's details; problems of form (not a number, unknown agency …) refuse the whole change. */
    @Transactional
    public ProcedureDraft saveDetails(long id, DraftDetails details, String admin) {
        lock(id);
        ProcedureDraft draft = get(id);
        List<DraftProblem> problems = details.problems(agencyCodes());
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
        lock(id);
        ProcedureDraft draft = get(id);
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
        return publicationProblems(get(id));
    }

    private List<DraftProblem> publicationProblems(ProcedureDraft draft) {
        List<DraftProblem> problems = new ArrayList<>();
        if (draft.legalBasis().isBlank()) {
            problems.add(DraftProblem.of("legalBasis", "authoring.legalBasis.missing"));
        }
        if (draft.resultTitle().isBlank()) {
            problems.add(DraftProblem.of("resultTitle", "authoring.required"));
        }
        if (draft.receivingAgencyCode() == null) {
            problems.add(DraftProblem.of("receivingAgencyCode", "authoring.required"));
        } else if (!agencyCodes().contains(draft.receivingAgencyCode())) {
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
        FormDraft form = FormDraft.of(draft.formDefinition());
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
        if (problems.stream().noneMatch(p -> p.field().equals("form"))) {
            try {
                FormDefinition definition = FormDefinition.parse(form.json());
                if (definition.field(PHONE).map(Field::type).filter(t -> t == FieldType.TEXT).isEmpty()) {
                    problems.add(DraftProblem.of("form", "authoring.form.phone", PHONE));
                }
            } catch (InvalidFormDefinitionException e) {
                problems.add(DraftProblem.of("form", "authoring.form.invalid", e.getMessage()));
            }
        }
        return problems;
    }

    /**
     * Publishes the draft as the procedure's next version (its first for a new procedure) and removes the draft, in
     * one transaction.
     *
     * @throws DraftRefusedException if it cannot be published yet; nothing changes then
     */
    @Transactional
    public Published publish(long id, String admin) {
        lock(id);
        ProcedureDraft draft = get(id);
        List<DraftProblem> problems = publicationProblems(draft);
        if (!problems.isEmpty()) {
            throw new DraftRefusedException(problems);
        }
        Long procedureId = draft.procedureId();
        if (procedureId == null) {
            procedureId = jdbc.sql("""
                    insert into procedure (code, name, field, online_level) values (:code, :name, :field, :level)
                    returning id""")
                    .param("code", draft.procedureCode()).param("name", draft.name()).param("field", draft.field())
                    .param("level", draft.onlineLevel().name()).query(Long.class).single();
        } else {
            jdbc.sql("update procedure set name = :name, field = :field, online_level = :level where id = :id")
                    .param("name", draft.name()).param("field", draft.field()).param("level", draft.onlineLevel().name())
                    .param("id", procedureId).update();
        }
        // the procedure row is locked by the update or insert above: concurrent publications get consecutive versions
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from procedure_version where procedure_id = :id")
                .param("id", procedureId).query(Integer.class).single();
        long versionId = jdbc.sql("""
                insert into procedure_version (procedure_id, version, legal_basis, receiving_agency_code, process_key,
                       fee_type, fee_amount, fee_per_copy, deadline_working_days, deadline_hours, cutoff_time,
                       result_title, published_at, form_definition)
                select :procedure, :version, d.legal_basis, d.receiving_agency_code, d.process_key, d.fee_type,
                       d.fee_amount, d.fee_per_copy,
                       case when d.deadline_working_hours is null then d.deadline_working_days else 0 end,
                       d.deadline_working_hours, d.cutoff_time, d.result_title, :at, d.form_definition
                from procedure_draft d where d.id = :draft
                returning id""")
                .param("procedure", procedureId).param("version", version)
                .param("at", java.sql.Timestamp.from(clock.instant())).param("draft", id)
                .query(Long.class).single();
        jdbc.sql("""
                insert into procedure_document (procedure_version_id, position, name, originals, certified_copies, copies,
                       required)
                select :version, t.position, t.e ->> 'name', coalesce((t.e ->> 'originals')::int, 0),
                       coalesce((t.e ->> 'certifiedCopies')::int, 0), coalesce((t.e ->> 'copies')::int, 0),
                       coalesce((t.e ->> 'required')::boolean, true)
                from procedure_draft d, jsonb_array_elements(d.documents) with ordinality as t(e, position)
                where d.id = :draft""").param("version", versionId).param("draft", id).update();
        jdbc.sql("""
                insert into procedure_agency (procedure_version_id, position, agency_code, task)
                select :version, t.position, t.e ->> 'agencyCode', t.e ->> 'task'
                from procedure_draft d, jsonb_array_elements(d.agencies) with ordinality as t(e, position)
                where d.id = :draft""").param("version", versionId).param("draft", id).update();
        drafts.delete(draft);
        actions.record(admin, "PROCEDURE_PUBLISHED", draft.procedureCode(), "version " + version);
        return new Published(draft.procedureCode(), version);
    }

    /** Throws the draft away; published versions are not touched. */
    @Transactional
    public void discard(long id, String admin) {
        lock(id);
        ProcedureDraft draft = get(id);
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
        return jdbc.sql("""
                select coalesce(p.code, d.procedure_code) as code, coalesce(p.name, d.name) as name, v.version,
                       v.published_at, d.id as draft_id
                from procedure p
                join procedure_version v on v.procedure_id = p.id
                 and v.version = (select max(w.version) from procedure_version w where w.procedure_id = p.id)
                full join procedure_draft d on d.procedure_id = p.id
                order by 1""")
                .query((row, n) -> new ProcedureRow(row.getString("code"), row.getString("name"),
                        (Integer) row.getObject("version"),
                        row.getTimestamp("published_at") == null ? null : row.getTimestamp("published_at").toInstant(),
                        (Long) row.getObject("draft_id")))
                .list();
    }

    @Transactional(readOnly = true)
    public List<AgencyOption> agencies() {
        return jdbc.sql("select code, name from agency order by code")
                .query((row, n) -> new AgencyOption(row.getString("code"), row.getString("name"))).list();
    }

    /**
     * Locks the draft's row until the transaction ends, before it is read: two administrators' changes to one draft
     * run one after the other, and a draft published meanwhile is gone for the second.
     */
    private void lock(long id) {
        jdbc.sql("select id from procedure_draft where id = :id for update").param("id", id).query(Long.class).optional()
                .orElseThrow(DraftNotFoundException::new);
    }

    /** Codes of the agencies the portal knows. */
    @Transactional(readOnly = true)
    public Set<String> agencyCodes() {
        return new HashSet<>(jdbc.sql("select code from agency").query(String.class).list());
    }
}
