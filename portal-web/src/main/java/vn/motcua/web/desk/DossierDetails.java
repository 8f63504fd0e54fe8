package vn.motcua.web.desk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.access.StaffReads;
import org.springframework.ui.Model;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.draft.VerifiedValue;
import vn.motcua.cases.form.Field;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.workflow.assignment.StaffAction;
import vn.motcua.workflow.assignment.StaffActions;

/**
 * What the staff of a dossier's agency see besides its form (fragment {@code fragments/staff-details}): the documents
 * the applicant uploaded, viewable in the browser; which values came from national data, from where and when; and the
 * staff actions on its tasks (claims, reassignments, returns with their reasons). Every such read is logged in the
 * personal-data access log ({@link StaffReads}).
 */
@Component
public class DossierDetails {

    /** Content types the browser may show inline; anything else is downloaded. */
    static final List<String> INLINE_TYPES = List.of("application/pdf", "image/png", "image/jpeg");

    private final StoredFiles files;
    private final Drafts drafts;
    private final StaffActions actions;
    private final StaffReads reads;

    DossierDetails(StoredFiles files, Drafts drafts, StaffActions actions, StaffReads reads) {
        this.files = files;
        this.drafts = drafts;
        this.actions = actions;
        this.reads = reads;
    }

    /**
     * Adds the details to the model, and logs the staff member's read of the dossier in the access log.
     *
     * @param basePath {@code /desk/dossiers/{id}} or {@code /inbox/dossiers/{id}}: where the attachments are served
     * @param reader   who opens the dossier
     */
    public void addTo(Model model, Dossier dossier, String basePath, StaffMember reader) {
        reads.dossier(reader, dossier);
        model.addAttribute("attachments", files.of(dossier.id(), FileKind.ATTACHMENT));
        model.addAttribute("attachmentsPath", basePath + "/attachments/");
        model.addAttribute("provenance", provenance(dossier));
        List<StaffAction> staffActions = actions.of(dossier.id());
        model.addAttribute("staffActions", staffActions);
    }

    /**
     * An attachment of the dossier, if it is one (a slip or a result, or another dossier's file, is not); its opening
     * by the staff member is logged in the access log.
     */
    Optional<StoredFile> openAttachment(StaffMember reader, Dossier dossier, UUID fileId) {
        Optional<StoredFile> attachment = files.find(fileId).filter(file -> file.kind() == FileKind.ATTACHMENT)
                .filter(file -> dossier.id().equals(file.dossierId()));
        attachment.ifPresent(file -> reads.attachment(reader, dossier, file, null));
        return attachment;
    }

    byte[] content(StoredFile file) {
        return files.content(file);
    }

    private List<Provenance> provenance(Dossier dossier) {
        Map<String, VerifiedValue> verified = drafts.provenanceOf(dossier.id());
        return verified.entrySet().stream().map(entry -> new Provenance(entry.getKey(),
                dossier.procedureVersion().form().flatMap(form -> form.field(entry.getKey())).orElse(null),
                entry.getValue())).toList();
    }

    /** A value from national data: the field (if the form still names it), its value, source and time. */
    public record Provenance(String key, Field field, VerifiedValue value) {

        public String displayValue() {
            return value.value() instanceof String text ? text : null;
        }
    }
}
