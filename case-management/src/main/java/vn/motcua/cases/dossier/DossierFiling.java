package vn.motcua.cases.dossier;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import vn.motcua.cases.procedure.ProcedureVersion;

/**
 * What was filed, fixed at submission: the dossier's code, the procedure version and its receiving agency, the
 * applicant, the channel and the form data. Only the check of the applicant's identity may complete later, when the
 * population database could not be asked at filing. {@link Dossier} adds the course the dossier takes.
 */
@MappedSuperclass
public abstract class DossierFiling extends AbstractAggregateRoot<Dossier> {

    @Id
    private UUID id;

    private String code;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "procedure_version_id")
    private ProcedureVersion procedureVersion;

    @Column(name = "receiving_agency_code")
    private String receivingAgencyCode;

    @Embedded
    private Applicant applicant;

    @Convert(converter = CodeConverters.ChannelConverter.class)
    private Channel channel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "form_data")
    private Map<String, Object> formData;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_check")
    private ApplicantCheck applicantCheck;

    @Column(name = "applicant_checked_at")
    private Instant applicantCheckedAt;

    protected DossierFiling() {
    }

    /** Records what was filed; an applicant whose data came from the population database counts as checked. */
    void file(String code, ProcedureVersion procedureVersion, Applicant applicant, Channel channel,
            Map<String, Object> formData, ApplicantCheck applicantCheck, Instant at) {
        this.id = UUID.randomUUID();
        this.code = Objects.requireNonNull(code);
        this.procedureVersion = Objects.requireNonNull(procedureVersion);
        this.receivingAgencyCode = procedureVersion.receivingAgencyCode();
        this.applicant = Objects.requireNonNull(applicant);
        this.channel = Objects.requireNonNull(channel);
        this.formData = Map.copyOf(formData);
        this.submittedAt = at;
        this.applicantCheck = Objects.requireNonNull(applicantCheck);
        this.applicantCheckedAt = applicantCheck == ApplicantCheck.PENDING ? null : at;
    }

    /**
     * Records the check of an applicant whose identity could not be checked at filing.
     *
     * @throws IllegalStateException if the applicant was already checked or the result is not a check's outcome
     */
    public void recordApplicantCheck(ApplicantCheck result, Instant at) {
        if (applicantCheck != ApplicantCheck.PENDING) {
            throw new IllegalStateException("The applicant of " + code + " was already checked: " + applicantCheck);
        }
        if (result == ApplicantCheck.PENDING || result == ApplicantCheck.FROM_POPULATION) {
            throw new IllegalStateException("Not an outcome of a later check: " + result);
        }
        applicantCheck = result;
        applicantCheckedAt = at;
    }

    public boolean isOwnedBy(String idNumber) {
        return idNumber != null && idNumber.equals(applicant.idNumber());
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public ProcedureVersion procedureVersion() {
        return procedureVersion;
    }

    public String receivingAgencyCode() {
        return receivingAgencyCode;
    }

    public Applicant applicant() {
        return applicant;
    }

    public ApplicantCheck applicantCheck() {
        return applicantCheck;
    }

    /** When the applicant was checked, or {@code null} while the check is pending. */
    public Instant applicantCheckedAt() {
        return applicantCheckedAt;
    }

    public Channel channel() {
        return channel;
    }

    public Map<String, Object> formData() {
        return Collections.unmodifiableMap(formData);
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
