package vn.motcua.web.desk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
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
 * staff actions on its tasks (claims, reassignments, returns with their reasons).
 */
@Component
public class DossierDetails {

    /** Content types the browser may show inline; anything else is downloaded. */
    static final List<String> INLINE_TYPES = List.of("application/pdf", "image/png", "image/jpeg");

    private final StoredFiles files;
    private final Drafts drafts;
    private final StaffActions actions;

    DossierDetails(StoredFiles files, Drafts drafts, StaffActions actions) {
        this.files = files;
        this.drafts = drafts;
        this.actions = actions;
    }

    /**
     * Adds the details to the model.
     *
     * @param basePath {@code /desk/dossiers/{id}} or {@code /inbox/dossiers/{id}}: where the attachments are served
     */
    public void addTo(Model model, Dossier dossier, String basePath) {
        model.addAttribute("attachments", files.of(dossier.id(), FileKind.ATTACHMENT));
        model.addAttribute("attachmentsPath", basePath + "/attachments/");
        model.addAttribute("provenance", provenance(dossier));
        List<StaffAction> staffActions = actions.of(dossier.id());
        model.addAttribute("staffActions", staffActions);
    }

    /** An attachment of the dossier, if it is one (a slip or a result, or another dossier's file, is not). */
    Optional<StoredFile> attachment(UUID dossierId, UUID fileId) {
        return files.find(fileId).filter(file -> file.kind() == FileKind.ATTACHMENT)
                .filter(file -> dossierId.equals(file.dossierId()));
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
