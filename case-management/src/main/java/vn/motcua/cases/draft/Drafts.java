package vn.motcua.cases.draft;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.form.FormData;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.form.FormProblem;
import vn.motcua.cases.form.FormValidator;
import vn.motcua.cases.procedure.ProcedureCatalog;

/**
 * Application service of drafts: start one under a procedure's current version, save it page by page, attach files
 * to its document slots, list and delete. Every operation takes the owner's identity number and acts only on the
 * owner's drafts; another person's draft is {@linkplain DraftNotFoundException not found}.
 */
@Service
public class Drafts {

    private static final Limit LIST_LIMIT = Limit.of(100);

    private final DraftRepository repository;
    private final ProcedureCatalog catalog;
    private final DraftFiles files;
    private final DraftChecks checks;
    private final CitizenQuotas quotas;
    private final Clock clock;

    Drafts(DraftRepository repository, ProcedureCatalog catalog, DraftFiles files, DraftChecks checks,
            CitizenQuotas quotas, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.files = files;
        this.checks = checks;
        this.quotas = quotas;
        this.clock = clock;
    }

    /**
     * Starts a draft under the procedure's current version.
     *
     * @param ownerIdNumber the owner
     * @param procedureCode the procedure
     * @param verified      values from national data by field key; fields with a prefill source and a value here
     *                      become read-only
     * @throws NoOnlineFormException if there is no such procedure or its current version has no online form
     * @throws DraftQuotaException   if the owner has as many open drafts as allowed
     */
    @Transactional
    public Draft start(String ownerIdNumber, String procedureCode, Map<String, VerifiedValue> verified) {
        quotas.requireRoomForDraft(ownerIdNumber);
        var version = catalog.currentVersion(procedureCode).orElseThrow(() -> new NoOnlineFormException(procedureCode));
        return repository.save(Draft.start(ownerIdNumber, version, verified, clock.instant()));
    }

    /**
     * Checks, before any work to prepare a draft (such as asking national data for prefill values), that the owner may
     * start another.
     *
     * @throws DraftQuotaException if the owner has as many open drafts as allowed
     */
    @Transactional(readOnly = true)
    public void requireRoomForDraft(String ownerIdNumber) {
        quotas.requireRoomForDraft(ownerIdNumber);
    }

    /**
     * The values of a filed dossier that came from national data, with their source and time: those of the draft it
     * was submitted from (none for a dossier filed otherwise).
     */
    @Transactional(readOnly = true)
    public Map<String, VerifiedValue> provenanceOf(UUID dossierId) {
        return repository.findByDossierId(dossierId).map(Draft::verifiedValues).orElse(Map.of());
    }

    /** The owner's draft, open or submitted. */
    @Transactional(readOnly = true)
    public Optional<Draft> find(UUID id, String ownerIdNumber) {
        return repository.findById(id).filter(d -> d.isOwnedBy(ownerIdNumber));
    }

    /** The owner's open drafts, last saved first; drafts a clerk is entering at a desk are not the citizen's to list. */
    @Transactional(readOnly = true)
    public List<Draft> openDrafts(String ownerIdNumber) {
        return repository.findByOwnerIdNumberAndStatusOrderByUpdatedAtDesc(ownerIdNumber, DraftStatus.OPEN, LIST_LIMIT)
                .stream().filter(draft -> draft.enteredAtAgency() == null).toList();
    }

    /**
     * Starts a walk-in draft a clerk enters at the agency's one-stop desk for the applicant (its owner), with the values
     * the population database vouches for.
     */
    @Transactional
    public Draft startAtDesk(String ownerIdNumber, String procedureCode, Map<String, VerifiedValue> verified, String clerk,
            String agencyCode) {
        var version = catalog.currentVersion(procedureCode).orElseThrow(() -> new NoOnlineFormException(procedureCode));
        Draft draft = Draft.start(ownerIdNumber, version, verified, clock.instant());
        draft.enterAtDesk(clerk, agencyCode);
        return repository.save(draft);
    }

    /** Walk-in drafts the agency's desk has started and not yet filed, last saved first. */
    @Transactional(readOnly = true)
    public List<Draft> openAtDesk(String agencyCode) {
        return repository.findByEnteredAtAgencyAndStatusOrderByUpdatedAtDesc(agencyCode, DraftStatus.OPEN, LIST_LIMIT);
    }

    /** A walk-in draft entered at the agency's desk, open or submitted. */
    @Transactional(readOnly = true)
    public Optional<Draft> findAtDesk(UUID id, String agencyCode) {
        return repository.findById(id).filter(d -> agencyCode != null && agencyCode.equals(d.enteredAtAgency()));
    }

    /**
     * Saves what was typed on a page, whatever its problems, and moves as asked; going on happens only when the page
     * is valid.
     *
     * @throws DraftNotFoundException  if the owner has no such draft
     * @throws DraftClosedException    if it has been submitted
     * @throws IllegalArgumentException if the page does not exist
     */
    @Transactional
    public SavedStep save(UUID id, String ownerIdNumber, SaveStep command) {
        Draft draft = owned(id, ownerIdNumber);
        FormDefinition form = draft.form();
        if (command.step() < 0 || command.step() >= form.steps().size()) {
            throw new IllegalArgumentException("No step " + command.step());
        }
        draft.save(command.step(), command.values(), command.step(), clock.instant());
        List<FormProblem> problems = checks.stepProblems(draft, form.steps().get(command.step()));
        int next = switch (command.move()) {
            case STAY -> command.step();
            case BACK -> command.step() - 1;
            case NEXT -> problems.isEmpty() ? command.step() + 1 : command.step();
        };
        draft.save(command.step(), Map.of(), next, clock.instant());
        return new SavedStep(repository.save(draft), problems);
    }

    /**
     * Adds an empty item to a repeating group.
     *
     * @return whether an item was added (not when the group already has its most items)
     */
    @Transactional
    public boolean addItem(UUID id, String ownerIdNumber, String group) {
        Draft draft = owned(id, ownerIdNumber);
        Map<String, Object> data = FormData.withItemAdded(draft.form(), draft.formData(), group);
        if (data == null) {
            return false;
        }
        draft.replaceData(data, clock.instant());
        repository.save(draft);
        return true;
    }

    /** Removes an item (counted from 0) of a repeating group. */
    @Transactional
    public void removeItem(UUID id, String ownerIdNumber, String group, int index) {
        Draft draft = owned(id, ownerIdNumber);
        draft.replaceData(FormData.withItemRemoved(draft.form(), draft.formData(), group, index), clock.instant());
        repository.save(draft);
    }

    /** Deletes an open draft with its attachments, their bytes once the deletion commits. */
    @Transactional
    public void delete(UUID id, String ownerIdNumber) {
        Draft draft = owned(id, ownerIdNumber);
        draft.requireOpen();
        draft.attachments().forEach(files::discard);
        repository.delete(draft);
    }

    /**
     * Attaches a file to a document slot. The type is recognised from the content (PDF, JPEG or PNG); the client's
     * name is kept, sanitised, for display only; the bytes are stored under a server-made key with their SHA-256.
     *
     * @throws AttachmentRejectedException if the file is empty, of another type, too large, the draft too full, or
     *                                     the owner over a quota (uploads per hour, bytes of all open drafts)
     * @throws IllegalArgumentException    if the slot is not a document of the draft's procedure version
     */
    @Transactional
    public DraftAttachment attach(UUID id, String ownerIdNumber, int slot, String clientName, byte[] content) {
        Draft draft = owned(id, ownerIdNumber);
        draft.requireOpen();
        if (draft.procedureVersion().documents().stream().noneMatch(d -> d.position() == slot)) {
            throw new IllegalArgumentException("No document slot " + slot);
        }
        Instant now = clock.instant();
        boolean citizens = draft.enteredAtAgency() == null;
        if (citizens) {
            quotas.requireRoomForUpload(ownerIdNumber, content.length, now);
        }
        DraftAttachment attachment = files.store(draft, slot, clientName, content, now);
        if (citizens) {
            quotas.recordUpload(ownerIdNumber, now);
        }
        draft.attach(attachment, now);
        repository.save(draft);
        return attachment;
    }

    /** Removes an attachment from an open draft; its bytes go once the removal commits. */
    @Transactional
    public void detach(UUID id, String ownerIdNumber, UUID attachmentId) {
        Draft draft = owned(id, ownerIdNumber);
        files.discard(draft.detach(attachmentId, clock.instant()).orElseThrow(DraftNotFoundException::new));
        repository.save(draft);
    }

    /** An attachment's bytes, checked against the SHA-256 recorded at upload. */
    public byte[] content(DraftAttachment attachment) {
        return files.content(attachment);
    }

    /** Everything that keeps the draft from being submitted: every page's problems, then missing required documents. */
    public List<FormProblem> problems(Draft draft) {
        return checks.problems(draft);
    }

    /** The validator of today, in the legal time zone. */
    public FormValidator validator() {
        return checks.validator();
    }

    /** The limits uploads are checked against. */
    public AttachmentProperties limits() {
        return files.limits();
    }

    /** The per-citizen quotas. */
    public QuotaProperties quotas() {
        return quotas.limits();
    }

    private Draft owned(UUID id, String ownerIdNumber) {
        return find(id, ownerIdNumber).orElseThrow(DraftNotFoundException::new);
    }
}
