package vn.motcua.cases.authoring;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
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

    @Column(name = "legal_basis")
    private String legalBasis;

    @Column(name = "receiving_agency_code")
    private String receivingAgencyCode;

    @Column(name = "process_key")
    private String processKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_type")
    private FeeType feeType;

    @Column(name = "fee_amount")
    private long feeAmount;

    @Column(name = "fee_per_copy")
    private boolean feePerCopy;

    @Column(name = "deadline_working_days")
    private int deadlineWorkingDays;

    @Column(name = "deadline_working_hours")
    private Integer deadlineWorkingHours;

    @Column(name = "cutoff_time")
    private LocalTime cutoffTime;

    @Column(name = "result_title")
    private String resultTitle;

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
        this.legalBasis = "";
        this.resultTitle = "";
        this.documents = new ArrayList<>();
        this.agencies = new ArrayList<>();
        this.formDefinition = formDefinition;
        touch(admin, at);
    }

    void apply(DraftDetails details, String admin, Instant at) {
        name = details.name().strip();
        field = details.field().strip();
        onlineLevel = details.onlineLevelValue();
        legalBasis = details.legalBasis().strip();
        receivingAgencyCode = blankToNull(details.receivingAgencyCode());
        processKey = blankToNull(details.processKey());
        feeType = details.feeTypeValue();
        feeAmount = details.feeAmountValue();
        feePerCopy = details.feePerCopy();
        deadlineWorkingDays = details.deadlineValue();
        deadlineWorkingHours = details.hoursValue();
        cutoffTime = details.cutoffValue();
        resultTitle = details.resultTitle().strip();
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
        this.legalBasis = terms.legalBasis();
        this.receivingAgencyCode = terms.receivingAgencyCode();
        this.processKey = terms.processKey();
        this.feeType = terms.fee().type();
        this.feeAmount = terms.fee().amount();
        this.feePerCopy = terms.fee().perCopy();
        this.deadlineWorkingDays = terms.deadline().workingDays();
        this.deadlineWorkingHours = terms.deadline().workingHours();
        this.cutoffTime = terms.deadline().cutoff();
        this.resultTitle = terms.resultTitle();
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
        return new VersionTerms(legalBasis, receivingAgencyCode, processKey, new FeeRule(feeType, feeAmount, feePerCopy),
                new DeadlineRule(deadlineWorkingHours == null ? deadlineWorkingDays : 0, cutoffTime, deadlineWorkingHours),
                resultTitle);
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
        return legalBasis;
    }

    public String receivingAgencyCode() {
        return receivingAgencyCode;
    }

    public String processKey() {
        return processKey;
    }

    public FeeType feeType() {
        return feeType;
    }

    public long feeAmount() {
        return feeAmount;
    }

    public boolean feePerCopy() {
        return feePerCopy;
    }

    public int deadlineWorkingDays() {
        return deadlineWorkingDays;
    }

    /** The deadline in working hours, or {@code null} when it is in working days. */
    public Integer deadlineWorkingHours() {
        return deadlineWorkingHours;
    }

    public LocalTime cutoffTime() {
        return cutoffTime;
    }

    public String resultTitle() {
        return resultTitle;
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
