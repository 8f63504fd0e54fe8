package vn.motcua.cases.authoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.motcua.cases.audit.AdminActions;
import vn.motcua.cases.procedure.CatalogPublication;
import vn.motcua.cases.procedure.CatalogSearch;
import vn.motcua.cases.procedure.OnlineLevel;
import vn.motcua.cases.procedure.ProcedureCatalog;
import vn.motcua.cases.procedure.ProcedureListing;
import vn.motcua.cases.procedure.ProcedureVersion;
import vn.motcua.cases.procedure.RequiredDocument;

/** Starts drafts: of a procedure new to the catalogue, or of the next version of a published one. */
@Component
class DraftStarts {

    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9.]{0,31}";

    private final ProcedureDrafts drafts;
    private final ProcedureCatalog catalog;
    private final CatalogSearch search;
    private final CatalogPublication publication;
    private final AdminActions actions;
    private final Clock clock;

    DraftStarts(ProcedureDrafts drafts, ProcedureCatalog catalog, CatalogSearch search, CatalogPublication publication,
            AdminActions actions, Clock clock) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.search = search;
        this.publication = publication;
        this.actions = actions;
        this.clock = clock;
    }

    /** A draft of a new procedure, with a form holding the contact phone every dossier needs. */
    ProcedureDraft create(NewProcedure procedure, String admin) {
        List<DraftProblem> problems = new ArrayList<>();
        if (DraftProblem.hasControl(procedure.name(), false) || DraftProblem.hasControl(procedure.field(), false)) {
            throw new DraftRefusedException(List.of(DraftProblem.of("name", "authoring.control")));
        }
        if (procedure.code().isEmpty()) {
            problems.add(DraftProblem.of("code", "authoring.required"));
        } else if (!procedure.code().matches(CODE)) {
            problems.add(DraftProblem.of("code", "authoring.procedure.code.format"));
        } else if (catalog.currentVersion(procedure.code()).isPresent() || drafts.existsByProcedureCode(procedure.code())
                || publication.hasProcedure(procedure.code())) {
            problems.add(DraftProblem.of("code", "authoring.procedure.code.taken", procedure.code()));
        }
        DraftDetails names = new DraftDetails(procedure.name(), procedure.field(), procedure.onlineLevel(), "", "", "",
                "", "", false, "", "", "", "", "", List.of(), List.of());
        names.problems(Set.of()).stream().filter(p -> Set.of("name", "field", "onlineLevel").contains(p.field()))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new DraftRefusedException(problems);
        }
        ProcedureListing listing = new ProcedureListing(procedure.name(), procedure.field(),
                OnlineLevel.valueOf(procedure.onlineLevel().toUpperCase(Locale.ROOT)));
        ProcedureDraft draft = drafts.save(new ProcedureDraft(procedure.code(), null, listing, FormDraft.starter(), admin,
                clock.instant()));
        actions.record(admin, "PROCEDURE_DRAFTED", procedure.code(), procedure.name());
        return draft;
    }

    /**
     * The draft of the next version of a published procedure: the one already started, or a new one copied from the
     * current version, its form as published.
     *
     * @throws DraftNotFoundException if the catalogue has no such procedure
     */
    ProcedureDraft next(String procedureCode, String admin) {
        if (procedureCode == null || !procedureCode.matches(CODE)) {
            throw new DraftNotFoundException();
        }
        ProcedureVersion current = catalog.currentVersion(procedureCode).orElseThrow(DraftNotFoundException::new);
        Optional<ProcedureDraft> started = drafts.findByProcedureId(current.procedure().id());
        if (started.isPresent()) {
            return started.get();
        }
        ProcedureListing listing = new ProcedureListing(current.procedure().name(), current.procedure().field(),
                current.procedure().onlineLevel());
        Map<String, Object> form = current.formDefinitionData().map(FormDraft::deepCopy).orElseGet(FormDraft::starter);
        ProcedureDraft draft = new ProcedureDraft(procedureCode, current.procedure().id(), listing, form, admin,
                clock.instant());
        draft.copyVersionValues(current.terms(), documentRows(current), agencyRows(current));
        ProcedureDraft saved = drafts.save(draft);
        actions.record(admin, "PROCEDURE_DRAFTED", procedureCode, "version " + (current.version() + 1));
        return saved;
    }

    private static List<Map<String, Object>> documentRows(ProcedureVersion version) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RequiredDocument document : version.documents()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", document.name());
            row.put("originals", document.originals());
            row.put("certifiedCopies", document.certifiedCopies());
            row.put("copies", document.copies());
            row.put("required", document.required());
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, Object>> agencyRows(ProcedureVersion version) {
        List<Map<String, Object>> rows = new ArrayList<>();
        search.participants(version).forEach(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("agencyCode", p.agencyCode());
            row.put("task", p.task());
            rows.add(row);
        });
        return rows;
    }
}
