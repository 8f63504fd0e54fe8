package vn.motcua.cases.draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.cases.form.Field;
import vn.motcua.cases.form.FieldType;
import vn.motcua.cases.form.FormData;
import vn.motcua.cases.form.FormDefinition;
import vn.motcua.cases.procedure.ProcedureVersion;

/**
 * A dossier being filled in: private to its owner, saved on the server at every step, and kept on the procedure
 * version it was started under. Verified values from national data overwrite whatever is sent for their fields.
 */
@Entity
@Table(name = "draft")
public class Draft {

    @Id
    private UUID id;

    @Column(name = "owner_id_number")
    private String ownerIdNumber;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "procedure_version_id")
    private ProcedureVersion procedureVersion;

    @Enumerated(EnumType.STRING)
    private DraftStatus status;

    @Column(name = "current_step")
    private int currentStep;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "form_data")
    private Map<String, Object> formData;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> verified;

    @Column(name = "dossier_id")
    private UUID dossierId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "entered_by")
    private String enteredBy;

    @Column(name = "entered_at_agency")
    private String enteredAtAgency;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "draft_id", nullable = false, updatable = false)
    @OrderBy("slot, createdAt")
    private List<DraftAttachment> attachments = new ArrayList<>();

    protected Draft() {
    }

    static Draft start(String ownerIdNumber, ProcedureVersion version, Map<String, VerifiedValue> verifiedValues,
            Instant at) {
        FormDefinition form = version.form().orElseThrow(() -> new NoOnlineFormException(version.procedure().code()));
        Draft draft = new Draft();
        draft.id = UUID.randomUUID();
        draft.ownerIdNumber = Objects.requireNonNull(ownerIdNumber);
        draft.procedureVersion = version;
        draft.status = DraftStatus.OPEN;
        draft.formData = form.emptyData();
        draft.verified = new LinkedHashMap<>();
        verifiedValues.forEach((key, value) -> form.field(key).filter(Field::verified).filter(f -> value.value() != null)
                .ifPresent(f -> draft.verified.put(key, value.toJson())));
        draft.applyVerified();
        draft.createdAt = at;
        draft.updatedAt = at;
        return draft;
    }

    /**
     * Keeps what was typed in the fields of one step (and moves to the given step); values of other steps, and verified
     * values, are left as they are.
     *
     * @throws DraftClosedException if the draft has been submitted
     */
    void save(int step, Map<String, Object> typed, int nextStep, Instant at) {
        requireOpen();
        FormDefinition form = form();
        Map<String, Object> data = new LinkedHashMap<>(formData);
        for (Field field : form.steps().get(step).fields()) {
            if (typed.containsKey(field.key()) && !verified.containsKey(field.key()) && !field.hidden()) {
                data.put(field.key(), clipped(field, typed.get(field.key())));
            }
        }
        formData = data;
        applyVerified();
        currentStep = Math.max(0, Math.min(nextStep, lastStep()));
        updatedAt = at;
    }

    /** Replaces the whole data, e.g. after adding or removing an item of a group. */
    void replaceData(Map<String, Object> data, Instant at) {
        requireOpen();
        formData = new LinkedHashMap<>(data);
        applyVerified();
        updatedAt = at;
    }

    void attach(DraftAttachment attachment, Instant at) {
        requireOpen();
        attachments.add(attachment);
        updatedAt = at;
    }

    Optional<DraftAttachment> detach(UUID attachmentId, Instant at) {
        requireOpen();
        Optional<DraftAttachment> found = attachment(attachmentId);
        found.ifPresent(a -> {
            attachments.remove(a);
            updatedAt = at;
        });
        return found;
    }

    void markSubmitted(UUID dossier, Instant at) {
        requireOpen();
        status = DraftStatus.SUBMITTED;
        dossierId = Objects.requireNonNull(dossier);
        updatedAt = at;
    }

    void requireOpen() {
        if (status != DraftStatus.OPEN) {
            throw new DraftClosedException(id, dossierId);
        }
    }

    private void applyVerified() {
        verified.forEach((key, json) -> formData.put(key, VerifiedValue.fromJson(json).value()));
    }

    private static Object clipped(Field field, Object value) {
        if (field.type() == FieldType.ADDRESS) {
            Map<String, Object> address = new LinkedHashMap<>();
            Map<?, ?> typed = value instanceof Map<?, ?> m ? m : Map.of();
            for (String part : List.of(FormData.PROVINCE, FormData.WARD, FormData.STREET)) {
                address.put(part, FormData.clip(Objects.toString(typed.get(part), "")));
            }
            return address;
        }
        if (field.type() == FieldType.GROUP) {
            List<Map<String, String>> items = new ArrayList<>();
            for (Map<String, String> item : FormData.items(Map.of(field.key(), value), field.key())) {
                Map<String, String> kept = new LinkedHashMap<>();
                field.fields().forEach(f -> kept.put(f.key(), FormData.clip(item.get(f.key()))));
                items.add(kept);
            }
            return items.subList(0, Math.min(items.size(), field.maxItems()));
        }
        return FormData.clip(Objects.toString(value, ""));
    }

    public boolean isOwnedBy(String idNumber) {
        return idNumber != null && idNumber.equals(ownerIdNumber);
    }

    /** The form of the version the draft was started under. */
    public FormDefinition form() {
        return procedureVersion.form().orElseThrow(() -> new NoOnlineFormException(procedureVersion.procedure().code()));
    }

    /** The index of the last page: the steps of the form, then the page of documents and submission. */
    public int lastStep() {
        return form().steps().size();
    }

    public UUID id() {
        return id;
    }

    public String ownerIdNumber() {
        return ownerIdNumber;
    }

    public ProcedureVersion procedureVersion() {
        return procedureVersion;
    }

    public DraftStatus status() {
        return status;
    }

    public int currentStep() {
        return currentStep;
    }

    /** The values as typed (and verified), in the shape {@link FormData} describes. */
    public Map<String, Object> formData() {
        return Collections.unmodifiableMap(formData);
    }

    /** The verified values by field key. */
    public Map<String, VerifiedValue> verifiedValues() {
        Map<String, VerifiedValue> values = new LinkedHashMap<>();
        verified.forEach((key, json) -> values.put(key, VerifiedValue.fromJson(json)));
        return values;
    }

    public Set<String> verifiedKeys() {
        return Set.copyOf(verified.keySet());
    }

    /** The clerk who entered this draft at the desk for a walk-in applicant, or {@code null} for the citizen's own. */
    public String enteredBy() {
        return enteredBy;
    }

    /** The agency at whose one-stop desk the draft was entered, or {@code null} for the citizen's own draft. */
    public String enteredAtAgency() {
        return enteredAtAgency;
    }

    void enterAtDesk(String clerk, String agencyCode) {
        this.enteredBy = Objects.requireNonNull(clerk);
        this.enteredAtAgency = Objects.requireNonNull(agencyCode);
    }

    /** The dossier the draft became, once submitted. */
    public Optional<UUID> dossierId() {
        return Optional.ofNullable(dossierId);
    }

    public List<DraftAttachment> attachments() {
        return List.copyOf(attachments);
    }

    public Optional<DraftAttachment> attachment(UUID attachmentId) {
        return attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
