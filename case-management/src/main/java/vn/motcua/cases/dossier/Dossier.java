package vn.motcua.cases.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.procedure.ProcedureVersion;

/**
 * A dossier (hồ sơ): the aggregate that guards every change of national status and records it in its
 * history. It keeps the procedure version it was filed under.
 */
@Entity
@Table(name = "dossier")
public class Dossier extends AbstractAggregateRoot<Dossier> {

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

    @Convert(converter = CodeConverters.StatusConverter.class)
    private DossierStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "form_data")
    private Map<String, Object> formData;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "handler_agency_code")
    private String handlerAgencyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_check")
    private ApplicantCheck applicantCheck;

    @Column(name = "applicant_checked_at")
    private Instant applicantCheckedAt;

    @Column(name = "clock_paused_at")
    private Instant clockPausedAt;

    @Convert(converter = CodeConverters.StatusConverter.class)
    @Column(name = "status_before_pause")
    private DossierStatus statusBeforePause;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "apology_due_at")
    private Instant apologyDueAt;

    @Column(name = "fee_paid_at")
    private Instant feePaidAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_paid_via")
    private FeeChannel feePaidVia;

    @Column(name = "fee_receipt_number")
    private String feeReceiptNumber;

    @Column(name = "fee_amount_vnd")
    private Long feeAmountVnd;

    @Column(name = "fee_recorded_by")
    private String feeRecordedBy;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    @OrderBy("occurredAt, id")
    private List<StatusChange> history = new ArrayList<>();

    protected Dossier() {
    }

    /** Files a dossier: status 1, waiting for the one-stop desk. */
    static Dossier submit(String code, ProcedureVersion procedureVersion, Applicant applicant, Channel channel,
            Map<String, Object> formData, ApplicantCheck applicantCheck, Instant at) {
        Dossier dossier = new Dossier();
        dossier.id = UUID.randomUUID();
        dossier.code = Objects.requireNonNull(code);
        dossier.procedureVersion = Objects.requireNonNull(procedureVersion);
        dossier.receivingAgencyCode = procedureVersion.receivingAgencyCode();
        dossier.handlerAgencyCode = dossier.receivingAgencyCode;
        dossier.applicant = Objects.requireNonNull(applicant);
        dossier.channel = Objects.requireNonNull(channel);
        dossier.formData = Map.copyOf(formData);
        dossier.submittedAt = at;
        dossier.applicantCheck = Objects.requireNonNull(applicantCheck);
        dossier.applicantCheckedAt = applicantCheck == ApplicantCheck.PENDING ? null : at;
        dossier.enter(DossierStatus.SUBMITTED, at, applicant.idNumber(), dossier.receivingAgencyCode, null);
        dossier.registerEvent(new DossierEvents.Submitted(dossier.id, code, procedureVersion.processKey(),
                dossier.receivingAgencyCode));
        return dossier;
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

    /** The one-stop clerk accepts the dossier (status 2); the legal clock starts and the due date is set. */
    public void accept(String clerk, Instant at, Instant due) {
        require(EnumSet.of(DossierStatus.SUBMITTED), "be accepted");
        this.acceptedAt = at;
        this.acceptedBy = clerk;
        this.dueAt = Objects.requireNonNull(due);
        enter(DossierStatus.ACCEPTED, at, clerk, receivingAgencyCode, null);
    }

    /** The dossier reaches an agency's hands (status 4). */
    public void startProcessing(String agencyCode, String actor, Instant at) {
        require(EnumSet.of(DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS), "be processed");
        this.handlerAgencyCode = agencyCode;
        if (status != DossierStatus.IN_PROGRESS || !Objects.equals(lastChange().agencyCode(), agencyCode)) {
            enter(DossierStatus.IN_PROGRESS, at, actor, agencyCode, null);
        }
    }

    /** The result is signed and ready (status 9). */
    public void completeWithResult(String actor, Instant at) {
        require(EnumSet.of(DossierStatus.IN_PROGRESS), "be completed");
        this.completedAt = at;
        enter(DossierStatus.RESULT_READY, at, actor, handlerAgencyCode, null);
    }

    /** The applicant received the result (status 10); later downloads change nothing. */
    public void deliverResult(String actor, Instant at) {
        if (status == DossierStatus.RESULT_DELIVERED) {
            return;
        }
        require(EnumSet.of(DossierStatus.RESULT_READY), "hand over its result");
        enter(DossierStatus.RESULT_DELIVERED, at, actor, handlerAgencyCode, null);
    }

    /** Statuses from which the one-stop desk may ask for a supplement. */
    public static final Set<DossierStatus> SUPPLEMENT_REQUESTABLE = Collections.unmodifiableSet(
            EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.ACCEPTED));

    /** Statuses from which the applicant may withdraw: the dossier is not refused, stopped or decided. */
    public static final Set<DossierStatus> WITHDRAWABLE = Collections.unmodifiableSet(EnumSet.of(
            DossierStatus.SUBMITTED, DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUESTED));

    /** Statuses in which the result exists, so the applicant may rate the service. */
    public static final Set<DossierStatus> FINISHED = Collections.unmodifiableSet(
            EnumSet.of(DossierStatus.RESULT_READY, DossierStatus.RESULT_DELIVERED));

    /**
     * The one-stop clerk asks the applicant to supplement the dossier (status 5). The legal clock pauses until the
     * answer; the reason goes into the history.
     */
    public void requestSupplement(String clerk, String reason, Instant at) {
        require(EnumSet.copyOf(SUPPLEMENT_REQUESTABLE), "be sent back for a supplement");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A supplement request needs a reason");
        }
        this.statusBeforePause = status;
        this.clockPausedAt = at;
        enter(DossierStatus.SUPPLEMENT_REQUESTED, at, clerk, receivingAgencyCode, reason.strip());
        registerEvent(new DossierEvents.SupplementRequested(id, code, at));
    }

    /**
     * The applicant answered the supplement request: the dossier returns to the status it had before, the legal
     * clock resumes and a running due date moves later by the working time it was paused.
     */
    public void answerSupplement(String applicant, Instant at, LegalClock legalClock) {
        require(EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED), "take a supplement");
        resumeClock(at, legalClock);
        DossierStatus back = statusBeforePause;
        this.clockPausedAt = null;
        this.statusBeforePause = null;
        enter(back, at, applicant, receivingAgencyCode, null);
    }

    /**
     * The process asks the applicant to pay the procedure's fee before processing (status 6): the legal clock pauses
     * until the payment is recorded.
     */
    public void requestPayment(String actor, Instant at) {
        require(EnumSet.of(DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS), "ask for its fee");
        if (feePaidAt != null) {
            throw new IllegalTransitionException(code, status, "ask again for a fee already paid");
        }
        this.statusBeforePause = status;
        this.clockPausedAt = at;
        enter(DossierStatus.PAYMENT_REQUESTED, at, actor, handlerAgencyCode, null);
        registerEvent(new DossierEvents.PaymentRequested(id, code, procedureVersion.feeAmount(), at));
    }

    /**
     * The fee was received, at the desk or online: the dossier returns to the status it had before the request, the
     * legal clock resumes and the due date moves later by the working time it was paused. Listeners complete the
     * process's payment step in this transaction.
     *
     * @throws IllegalTransitionException if the dossier is not waiting for its fee, e.g. because it was paid already
     */
    public void recordFeePayment(RecordFeePayment payment, Instant at, LegalClock legalClock) {
        require(EnumSet.of(DossierStatus.PAYMENT_REQUESTED), "take a fee payment");
        resumeClock(at, legalClock);
        this.feePaidAt = at;
        this.feePaidVia = payment.via();
        this.feeReceiptNumber = payment.receiptNumber();
        this.feeAmountVnd = payment.amountVnd();
        this.feeRecordedBy = payment.recordedBy();
        DossierStatus back = statusBeforePause;
        this.clockPausedAt = null;
        this.statusBeforePause = null;
        enter(back, at, payment.recordedBy(), handlerAgencyCode, null);
        registerEvent(new DossierEvents.FeePaid(id, code, payment.receiptNumber(), payment.via(), payment.recordedBy(), at));
    }

    /** Moves a running due date later by the working time the clock was paused; open steps move with it. */
    private void resumeClock(Instant at, LegalClock legalClock) {
        if (dueAt != null && clockPausedAt != null) {
            dueAt = legalClock.plusWorkingTime(dueAt, legalClock.workingTimeBetween(clockPausedAt, at));
            registerEvent(new DossierEvents.ClockResumed(id, code, clockPausedAt, at));
        }
    }

    /** Statuses in which the legal clock runs: accepted or in an agency's hands. */
    public static final Set<DossierStatus> CLOCK_RUNNING = Collections.unmodifiableSet(
            EnumSet.of(DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS));

    /**
     * Marks the dossier overdue, once: its running due date has passed. The agency apologises with a new date (slip
     * 04); the legal due date stays as it was, so statistics count the dossier late.
     *
     * @return {@code false} if it was marked before
     * @throws IllegalTransitionException if the clock does not run or the due date has not passed
     */
    public boolean markOverdue(Instant at, Instant newDueAt) {
        if (overdueAt != null) {
            return false;
        }
        require(EnumSet.copyOf(CLOCK_RUNNING), "turn overdue");
        if (dueAt == null || !at.isAfter(dueAt) || !newDueAt.isAfter(at)) {
            throw new IllegalTransitionException(code, status, "turn overdue before its due date " + dueAt);
        }
        this.overdueAt = at;
        this.apologyDueAt = newDueAt;
        registerEvent(new DossierEvents.Overdue(id, code, handlerAgencyCode, dueAt, newDueAt, at));
        return true;
    }

    /** When the dossier was found overdue, or {@code null}. */
    public Instant overdueAt() {
        return overdueAt;
    }

    /** The new date promised by the apology slip, or {@code null}. */
    public Instant apologyDueAt() {
        return apologyDueAt;
    }

    /** Whether the fee was recorded as paid. */
    public boolean isFeePaid() {
        return feePaidAt != null;
    }

    /** When the fee was paid, or {@code null}. */
    public Instant feePaidAt() {
        return feePaidAt;
    }

    /** How the fee was paid, or {@code null}. */
    public FeeChannel feePaidVia() {
        return feePaidVia;
    }

    /** The receipt or transaction number of the fee, or {@code null}. */
    public String feeReceiptNumber() {
        return feeReceiptNumber;
    }

    /** The fee received in đồng, or {@code null}. */
    public Long feeAmountVnd() {
        return feeAmountVnd;
    }

    /** Who recorded the fee, or {@code null}. */
    public String feeRecordedBy() {
        return feeRecordedBy;
    }

    /**
     * The applicant withdraws the dossier before any decision (status 7); the dossier's process must end with it.
     */
    public void withdraw(String applicant, String reason, Instant at) {
        require(EnumSet.copyOf(WITHDRAWABLE), "be withdrawn");
        this.clockPausedAt = null;
        this.statusBeforePause = null;
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        enter(DossierStatus.WITHDRAWN, at, applicant, handlerAgencyCode, note);
        registerEvent(new DossierEvents.Withdrawn(id, code, note, at));
    }

    /** The longest reason a refusal or a stop may give (the history's note column). */
    public static final int MAX_REASON = 2000;

    /** Statuses in which the agency's leader may stop processing: accepted and not yet decided. */
    public static final Set<DossierStatus> STOPPABLE = Collections.unmodifiableSet(EnumSet.of(
            DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED,
            DossierStatus.PAYMENT_REQUESTED));

    /**
     * The one-stop clerk refuses the dossier at intake (status 3), with a reason; the dossier's process must end with
     * it. Only a dossier still waiting for intake can be refused: an accepted one is stopped by the leader instead.
     *
     * @throws IllegalArgumentException   if the reason is blank
     * @throws IllegalTransitionException if the dossier is not waiting for intake (e.g. accepted already)
     */
    public void refuse(String clerk, String reason, Instant at) {
        require(EnumSet.of(DossierStatus.SUBMITTED), "be refused at intake");
        String note = requireReason(reason, "A refusal needs a reason");
        enter(DossierStatus.REFUSED, at, clerk, receivingAgencyCode, note);
        registerEvent(new DossierEvents.Refused(id, code, note, at));
    }

    /**
     * The agency's leader stops processing the dossier (status 8), with a reason; the legal clock stops and the
     * dossier's process must end with it.
     *
     * @throws IllegalArgumentException   if the reason is blank
     * @throws IllegalTransitionException if the dossier is not accepted or is decided already
     */
    public void stop(String leader, String reason, Instant at) {
        require(EnumSet.copyOf(STOPPABLE), "be stopped");
        String note = requireReason(reason, "Stopping needs a reason");
        this.clockPausedAt = null;
        this.statusBeforePause = null;
        enter(DossierStatus.STOPPED, at, leader, handlerAgencyCode, note);
        registerEvent(new DossierEvents.Stopped(id, code, note, at));
    }

    private static String requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        String note = reason.replace("\u0000", "").strip();
        if (note.length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason has at most " + MAX_REASON + " characters");
        }
        return note;
    }

    /** Since when the legal clock is paused, or {@code null} while it runs (or has not started). */
    public Instant clockPausedAt() {
        return clockPausedAt;
    }

    public boolean canBeWithdrawn() {
        return WITHDRAWABLE.contains(status);
    }

    public boolean isFinished() {
        return FINISHED.contains(status);
    }

    /** Whether the given agency may see this dossier: it received it or holds it now. */
    public boolean isVisibleTo(String agencyCode) {
        return agencyCode != null && (agencyCode.equals(receivingAgencyCode) || agencyCode.equals(handlerAgencyCode));
    }

    public boolean isOwnedBy(String idNumber) {
        return idNumber != null && idNumber.equals(applicant.idNumber());
    }

    private void require(EnumSet<DossierStatus> allowed, String transition) {
        if (!allowed.contains(status)) {
            throw new IllegalTransitionException(code, status, transition);
        }
    }

    private void enter(DossierStatus next, Instant at, String actor, String agencyCode, String note) {
        this.status = next;
        history.add(new StatusChange(next, at, actor, agencyCode, note));
        registerEvent(new DossierEvents.StatusChanged(id, code, next, at));
    }

    private StatusChange lastChange() {
        return history.get(history.size() - 1);
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

    public String handlerAgencyCode() {
        return handlerAgencyCode;
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

    public DossierStatus status() {
        return status;
    }

    public Map<String, Object> formData() {
        return Collections.unmodifiableMap(formData);
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}
