package vn.motcua.cases.authoring;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.cases.audit.AdminActions;
import vn.motcua.cases.procedure.CatalogPublication;
import vn.motcua.cases.procedure.VersionContent;
import vn.motcua.cases.procedure.VersionContent.DocumentRule;
import vn.motcua.cases.procedure.VersionContent.Participation;

/** Publishes a draft as its procedure's next version (its first for a new procedure) and removes the draft. */
@Component
class DraftPublisher {

    private final ProcedureDrafts drafts;
    private final CatalogPublication catalog;
    private final PublicationCheck check;
    private final AdminActions actions;

    DraftPublisher(ProcedureDrafts drafts, CatalogPublication catalog, PublicationCheck check, AdminActions actions) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.check = check;
        this.actions = actions;
    }

    /** What keeps the draft from being published; empty when it can be. */
    List<DraftProblem> problems(ProcedureDraft draft) {
        return check.problems(draft);
    }

    /**
     * Publishes the locked draft, in the caller's transaction.
     *
     * @throws DraftRefusedException if it cannot be published yet; nothing changes then
     */
    Published publish(ProcedureDraft draft, String admin) {
        List<DraftProblem> problems = check.problems(draft);
        if (!problems.isEmpty()) {
            throw new DraftRefusedException(problems);
        }
        int version = catalog.publish(draft.procedureId(), draft.procedureCode(), draft.listing(), content(draft));
        drafts.delete(draft);
        actions.record(admin, "PROCEDURE_PUBLISHED", draft.procedureCode(), "version " + version);
        return new Published(draft.procedureCode(), version);
    }

    private static VersionContent content(ProcedureDraft draft) {
        List<DocumentRule> documents = draft.documents().stream().map(row -> new DocumentRule(text(row.get("name")),
                count(row.get("originals")), count(row.get("certifiedCopies")), count(row.get("copies")),
                row.get("required") == null || Boolean.parseBoolean(row.get("required").toString()))).toList();
        List<Participation> participants = draft.agencies().stream()
                .map(row -> new Participation(text(row.get("agencyCode")), text(row.get("task")))).toList();
        return new VersionContent(draft.terms(), draft.formDefinition(), documents, participants);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static int count(Object value) {
        return value == null ? 0 : Integer.parseInt(value.toString());
    }
}
