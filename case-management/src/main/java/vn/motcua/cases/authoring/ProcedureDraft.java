package vn.motcua.cases.authoring;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.cases.clock.DeadlineRule;
import vn.motcua.cases.procedure.FeeRule;
import vn.motcua.cases.procedure.FeeType;
import vn.motcua.cases.procedure.OnlineLevel;
import vn.motcua.cases.procedure.ProcedureListing;
import vn.motcua.cases.procedure.VersionTerms;

/**
 * A procedure version being prepared by an administrator: everything a published version holds, editable until it is
 * published. Only {@link Authoring} changes it, after checking the change.
 */
@Entity
@Table(name = "procedure_draft")
public class ProcedureDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "procedure_code")
    private String procedureCode;

    @Column(name = "procedure_id")
    private Long procedureId;

    private String name;

    private String field;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level")
    private OnlineLevel onlineLevel;

    // Hibernate leaves an embedded value null when all its columns are: read it through storedTerms()
    @Embedded
    @AttributeOverride(name = "deadline.workingHours", column = @Column(name = "deadline_working_hours"))
    private VersionTerms terms;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Map<String, Object>> documents;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Map<String, Object>> agencies;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "form_definition")
    private Map<String, Object> formDefinition;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected ProcedureDraft() {
    }

    ProcedureDraft(String procedureCode, Long procedureId, ProcedureListing listing, Map<String, Object> formDefinition,
            String admin, Instant at) {
        this.procedureCode = procedureCode;
        this.procedureId = procedureId;
        this.name = listing.name();
        this.field = listing.field();
        this.onlineLevel = listing.onlineLevel();
        this.terms = VersionTerms.NONE;
        this.documents = new ArrayList<>();
        this.agencies = new ArrayList<>();
        this.formDefinition = formDefinition;
        touch(admin, at);
    }

    void apply(DraftDetails details, String admin, Instant at) {
        name = details.name().strip();
        field = details.field().strip();
        onlineLevel = details.onlineLevelValue();
        terms = new VersionTerms(details.legalBasis().strip(), blankToNull(details.receivingAgencyCode()),
                blankToNull(details.processKey()),
                new FeeRule(details.feeTypeValue(), details.feeAmountValue(), details.feePerCopy()),
                new DeadlineRule(details.deadlineValue(), details.cutoffValue(), details.hoursValue()),
                details.resultTitle().strip());
        documents = details.documentRows();
        agencies = details.agencyRows();
        touch(admin, at);
    }

    void replaceForm(Map<String, Object> definition, String admin, Instant at) {
        formDefinition = definition;
        touch(admin, at);
    }

    /** Takes the terms and lists of the version this draft follows. */
    void copyVersionValues(VersionTerms terms, List<Map<String, Object>> documents, List<Map<String, Object>> agencies) {
        this.terms = terms;
        this.documents = new ArrayList<>(documents);
        this.agencies = new ArrayList<>(agencies);
    }

    /** How the procedure will be listed once published. */
    ProcedureListing listing() {
        return new ProcedureListing(name, field, onlineLevel);
    }

    /**
     * The terms the published version will have; a deadline in working hours has 0 working days. Call only when the
     * draft can be published.
     */
    VersionTerms terms() {
        VersionTerms stored = storedTerms();
        DeadlineRule deadline = stored.deadline();
        if (deadline.workingHours() == null) {
            return stored;
        }
        return new VersionTerms(stored.legalBasis(), stored.receivingAgencyCode(), stored.processKey(), stored.fee(),
                DeadlineRule.hours(deadline.workingHours(), deadline.cutoff()), stored.resultTitle());
    }

    /** The terms as stored: the deadline keeps its working days even when it is in working hours. */
    private VersionTerms storedTerms() {
        return terms == null ? VersionTerms.NONE : terms;
    }

    private void touch(String admin, Instant at) {
        updatedBy = admin;
        updatedAt = at;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public String procedureCode() {
        return procedureCode;
    }

    /** The catalogue's procedure this draft will be a new version of; {@code null} for a new procedure. */
    public Long procedureId() {
        return procedureId;
    }

    public String name() {
        return name;
    }

    public String field() {
        return field;
    }

    public OnlineLevel onlineLevel() {
        return onlineLevel;
    }

    public String legalBasis() {
        return storedTerms().legalBasis();
    }

    public String receivingAgencyCode() {
        return storedTerms().receivingAgencyCode();
    }

    public String processKey() {
        return storedTerms().processKey();
    }

    public FeeType feeType() {
        return storedTerms().fee().type();
    }

    public long feeAmount() {
        return storedTerms().fee().amount();
    }

    public boolean feePerCopy() {
        return storedTerms().fee().perCopy();
    }

    public int deadlineWorkingDays() {
        return storedTerms().deadline().workingDays();
    }

    /** The deadline in working hours, or {@code null} when it is in working days. */
    public Integer deadlineWorkingHours() {
        return storedTerms().deadline().workingHours();
    }

    public LocalTime cutoffTime() {
        return storedTerms().deadline().cutoff();
    }

    public String resultTitle() {
        return storedTerms().resultTitle();
    }

    /** Required documents: maps with {@code name}, {@code originals}, {@code certifiedCopies}, {@code copies}, {@code required}. */
    public List<Map<String, Object>> documents() {
        return documents.stream().map(d -> (Map<String, Object>) new LinkedHashMap<>(d)).toList();
    }

    /** Agencies involved besides the receiving one: maps with {@code agencyCode} and {@code task}. */
    public List<Map<String, Object>> agencies() {
        return agencies.stream().map(a -> (Map<String, Object>) new LinkedHashMap<>(a)).toList();
    }

    /** The form definition as JSON data (a deep copy to edit). */
    public Map<String, Object> formDefinition() {
        return FormDraft.deepCopy(formDefinition);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
