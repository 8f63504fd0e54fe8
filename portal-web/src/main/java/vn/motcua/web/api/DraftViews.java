package vn.motcua.web.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftAttachment;
import vn.motcua.cases.draft.DraftStatus;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.form.FormProblem;

/** Drafts as REST API v1 shows them. */
@Component
class DraftViews {

    /** A draft in the list of one's drafts. */
    record DraftSummary(UUID id, String procedureCode, String procedureName, int currentStep, int steps,
            Instant updatedAt) {

        static DraftSummary of(Draft draft) {
            return new DraftSummary(draft.id(), draft.procedureVersion().procedure().code(),
                    draft.procedureVersion().procedure().name(), draft.currentStep(), draft.lastStep(),
                    draft.updatedAt());
        }
    }

    /** A file uploaded to one of the draft's document slots. */
    record AttachmentView(UUID id, int slot, String name, String contentType, long sizeBytes, String sha256,
            Instant uploadedAt) {

        static AttachmentView of(DraftAttachment attachment) {
            return new AttachmentView(attachment.id(), attachment.slot(), attachment.displayName(),
                    attachment.contentType(), attachment.sizeBytes(), attachment.sha256(), attachment.createdAt());
        }
    }

    /** Where a read-only value came from ({@code population} or {@code eid}), when, and why if from the e-ID. */
    record VerifiedView(String source, Instant fetchedAt, String note) {
    }

    /**
     * A draft: its values (verified ones included, which the app shows read-only), its files, and the problems that
     * are meant by the operation (on reading: everything that keeps it from being submitted; on saving: the problems
     * of the steps saved).
     */
    record DraftView(UUID id, String procedureCode, String procedureName, int procedureVersion, DraftStatus status,
            int currentStep, int steps, Map<String, Object> values, Map<String, VerifiedView> verified,
            List<AttachmentView> attachments, List<ApiErrors.ValueProblem> problems, UUID dossierId,
            Instant createdAt, Instant updatedAt, FormDefinition form) {
    }

    private final Drafts drafts;
    private final ApiProblems problems;

    DraftViews(Drafts drafts, ApiProblems problems) {
        this.drafts = drafts;
        this.problems = problems;
    }

    /** The draft with everything that keeps it from being submitted. */
    DraftView of(Draft draft) {
        List<FormProblem> found = draft.status() == DraftStatus.OPEN ? drafts.problems(draft) : List.of();
        return of(draft, found);
    }

    DraftView of(Draft draft, List<FormProblem> found) {
        Map<String, VerifiedView> verified = new LinkedHashMap<>();
        draft.verifiedValues().forEach((key, value) -> verified.put(key, new VerifiedView(value.source(),
                value.fetchedAt(), value.note() == null ? null : problems.text(value.note()))));
        return new DraftView(draft.id(), draft.procedureVersion().procedure().code(),
                draft.procedureVersion().procedure().name(), draft.procedureVersion().version(), draft.status(),
                draft.currentStep(), draft.lastStep(), draft.formData(), verified,
                draft.attachments().stream().map(AttachmentView::of).toList(), ApiErrors.listed(found, problems),
                draft.dossierId().orElse(null), draft.createdAt(), draft.updatedAt(), draft.form());
    }
}
