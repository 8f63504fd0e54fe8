package vn.motcua.cases.procedure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import vn.motcua.cases.clock.DeadlineRule;
import vn.motcua.cases.form.FormDefinition;

/**
 * One published version of a procedure. A dossier keeps the version it was filed under, so a version is
 * never changed once published: an administrator publishes a new one instead.
 */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "procedure_id")
    private Procedure procedure;

    private int version;

    // Hibernate leaves an embedded value null when all its columns are: read it through terms()
    @Embedded
    private VersionTerms terms;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "procedure_version_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<RequiredDocument> documents;

    @ElementCollection
    @CollectionTable(name = "procedure_agency", joinColumns = @JoinColumn(name = "procedure_version_id"))
    @OrderBy("position")
    private List<ParticipatingAgency> participants;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "form_definition")
    private Map<String, Object> formDefinition;

    @Transient
    private FormDefinition form;

    protected ProcedureVersion() {
    }

    /** Version {@code number} of the procedure, holding the content, published at the given time. */
    ProcedureVersion(Procedure procedure, int number, VersionContent content, Instant publishedAt) {
        this.procedure = procedure;
        this.version = number;
        this.terms = content.terms();
        this.publishedAt = publishedAt;
        this.formDefinition = content.formDefinition();
        this.documents = new ArrayList<>();
        for (VersionContent.DocumentRule rule : content.documents()) {
            documents.add(new RequiredDocument(documents.size() + 1, rule));
        }
        this.participants = new ArrayList<>();
        for (VersionContent.Participation participation : content.participants()) {
            participants.add(new ParticipatingAgency(participants.size() + 1, participation.agencyCode(),
                    participation.task()));
        }
    }

    public Long id() {
        return id;
    }

    public Procedure procedure() {
        return procedure;
    }

    public int version() {
        return version;
    }

    public String legalBasis() {
        return terms().legalBasis();
    }

    public String receivingAgencyCode() {
        return terms().receivingAgencyCode();
    }

    /** Key of the BPMN process that routes dossiers of this version. */
    public String processKey() {
        return terms().processKey();
    }

    public FeeType feeType() {
        return terms().fee().type();
    }

    /** Fee in VND: per copy when {@link #feePerCopy()}, otherwise per dossier. */
    public long feeAmount() {
        return terms().fee().amount();
    }

    public boolean feePerCopy() {
        return terms().fee().perCopy();
    }

    /** The fee due for a dossier asking for the given number of copies. */
    public long feeFor(int copies) {
        return feePerCopy() ? Math.multiplyExact(feeAmount(), (long) copies) : feeAmount();
    }

    /** Its terms: the law, who receives and routes dossiers, the fee, the deadline and the result. */
    public VersionTerms terms() {
        return terms == null ? VersionTerms.NONE : terms;
    }

    public DeadlineRule deadlineRule() {
        return terms().deadline();
    }

    public String resultTitle() {
        return terms().resultTitle();
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<RequiredDocument> documents() {
        return List.copyOf(documents);
    }

    /**
     * The filing form as it is stored, as JSON data to read (not to change: copy it first); empty for a version that
     * has none.
     */
    public Optional<Map<String, Object>> formDefinitionData() {
        return Optional.ofNullable(formDefinition).map(Collections::unmodifiableMap);
    }

    /**
     * The filing form of this version, defined as data; empty for a version that has none (it cannot be filed online).
     *
     * @throws vn.motcua.cases.form.InvalidFormDefinitionException if the stored definition breaks a rule
     */
    public Optional<FormDefinition> form() {
        if (form == null && formDefinition != null) {
            form = FormDefinition.parse(formDefinition);
        }
        return Optional.ofNullable(form);
    }
}
