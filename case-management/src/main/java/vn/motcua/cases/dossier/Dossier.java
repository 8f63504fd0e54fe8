package vn.motcua.cases.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.procedure.ProcedureVersion;

/**
 * A dossier (hồ sơ): the aggregate that guards every change of national status and records it in its history. To
 * what was filed ({@link DossierFiling}) it adds the course the dossier takes: its status and the agency holding it,
 * its legal clock ({@link LegalDeadline}) and its fee record ({@link FeePayment}).
 */
@Entity
@Table(name = "dossier")
public class Dossier extends DossierFiling {

    @Convert(converter = CodeConverters.StatusConverter.class)
    private DossierStatus status;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "handler_agency_code")
    private String handlerAgencyCode;

    // Hibernate leaves an embedded value null when all its columns are: read both through deadline() and fee()
    @Embedded
    private LegalDeadline deadline;

    @Embedded
    private FeePayment fee;

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
        dossier.file(code, procedureVersion, applicant, channel, formData, applicantCheck, at);
        dossier.handlerAgencyCode = dossier.receivingAgencyCode();
        dossier.enter(DossierStatus.SUBMITTED, at, applicant.idNumber(), dossier.receivingAgencyCode(), null);
        dossier.registerEvent(new DossierEvents.Submitted(dossier.id(), code, procedureVersion.processKey(),
                dossier.receivingAgencyCode()));
        return dossier;
    }

    /** The one-stop clerk accepts the dossier (status 2); the legal clock starts and the due date is set. */
    public void accept(String clerk, Instant at, Instant due) {
        require(status == DossierStatus.SUBMITTED, "be accepted");
        this.acceptedAt = at;
        this.acceptedBy = clerk;
        this.deadline = deadline().started(due);
        enter(DossierStatus.ACCEPTED, at, clerk, receivingAgencyCode(), null);
    }

    /** The dossier reaches an agency's hands (status 4). */
    public void startProcessing(String agencyCode, String actor, Instant at) {
        require(status.isClockRunning(), "be processed");
        this.handlerAgencyCode = agencyCode;
        String lastAgency = history.get(history.size() - 1).agencyCode();
        if (status != DossierStatus.IN_PROGRESS || !Objects.equals(lastAgency, agencyCode)) {
            enter(DossierStatus.IN_PROGRESS, at, actor, agencyCode, null);
        }
    }

    /** The result is signed and ready (status 9). */
    public void completeWithResult(String actor, Instant at) {
        require(status == DossierStatus.IN_PROGRESS, "be completed");
        this.completedAt = at;
        enter(DossierStatus.RESULT_READY, at, actor, handlerAgencyCode, null);
    }

    /** The applicant received the result (status 10); later downloads change nothing. */
    public void deliverResult(String actor, Instant at) {
        if (status == DossierStatus.RESULT_DELIVERED) {
            return;
        }
        require(status == DossierStatus.RESULT_READY, "hand over its result");
        enter(DossierStatus.RESULT_DELIVERED, at, actor, handlerAgencyCode, null);
    }

    /**
     * The one-stop clerk asks the applicant to supplement the dossier (status 5). The legal clock pauses until the
     * answer; the reason goes into the history.
     */
    public void requestSupplement(String clerk, String reason, Instant at) {
        require(status.allowsSupplementRequest(), "be sent back for a supplement");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A supplement request needs a reason");
        }
        this.deadline = deadline().paused(status, at);
        enter(DossierStatus.SUPPLEMENT_REQUESTED, at, clerk, receivingAgencyCode(), reason.strip());
        registerEvent(new DossierEvents.SupplementRequested(id(), code(), at));
    }

    /**
     * The applicant answered the supplement request: the dossier returns to the status it had before, the legal
     * clock resumes and a running due date moves later by the working time it was paused.
     */
    public void answerSupplement(String applicant, Instant at, LegalClock legalClock) {
        require(status == DossierStatus.SUPPLEMENT_REQUESTED, "take a supplement");
        enter(resumeClock(at, legalClock), at, applicant, receivingAgencyCode(), null);
    }

    /**
     * The process asks the applicant to pay the procedure's fee before processing (status 6): the legal clock pauses
     * until the payment is recorded.
     */
    public void requestPayment(String actor, Instant at) {
        require(status.isClockRunning(), "ask for its fee");
        require(!isFeePaid(), "ask again for a fee already paid");
        this.deadline = deadline().paused(status, at);
        enter(DossierStatus.PAYMENT_REQUESTED, at, actor, handlerAgencyCode, null);
        registerEvent(new DossierEvents.PaymentRequested(id(), code(), procedureVersion().feeAmount(), at));
    }

    /**
     * The fee was received, at the desk or online: the dossier returns to the status it had before the request, the
     * legal clock resumes and the due date moves later by the working time it was paused. Listeners complete the
     * process's payment step in this transaction.
     *
     * @throws IllegalTransitionException if the dossier is not waiting for its fee, e.g. because it was paid already
     */
    public void recordFeePayment(RecordFeePayment payment, Instant at, LegalClock legalClock) {
        require(status == DossierStatus.PAYMENT_REQUESTED, "take a fee payment");
        DossierStatus back = resumeClock(at, legalClock);
        this.fee = FeePayment.of(payment, at);
        enter(back, at, payment.recordedBy(), handlerAgencyCode, null);
        registerEvent(new DossierEvents.FeePaid(id(), code(), payment.receiptNumber(), payment.via(),
                payment.recordedBy(), at));
    }

    /**
     * Moves a running due date later by the working time the clock was paused; open steps move with it.
     *
     * @return the status the dossier had before the pause
     */
    private DossierStatus resumeClock(Instant at, LegalClock legalClock) {
        LegalDeadline paused = deadline();
        if (paused.movesOnResume()) {
            registerEvent(new DossierEvents.ClockResumed(id(), code(), paused.pausedAt(), at));
        }
        this.deadline = paused.resumed(at, legalClock);
        return paused.statusBeforePause();
    }

    /**
     * Marks the dossier overdue, once: its running due date has passed. The agency apologises with a new date (slip
     * 04); the legal due date stays as it was, so statistics count the dossier late.
     *
     * @return {@code false} if it was marked before
     * @throws IllegalTransitionException if the clock does not run or the due date has not passed
     */
    public boolean markOverdue(Instant at, Instant newDueAt) {
        LegalDeadline clock = deadline();
        if (clock.isMarkedOverdue()) {
            return false;
        }
        require(status.isClockRunning(), "turn overdue");
        require(clock.hasPassed(at) && newDueAt.isAfter(at), "turn overdue before its due date " + clock.dueAt());
        this.deadline = clock.overdue(at, newDueAt);
        registerEvent(new DossierEvents.Overdue(id(), code(), handlerAgencyCode, clock.dueAt(), newDueAt, at));
        return true;
    }

    /**
     * The applicant withdraws the dossier before any decision (status 7); the dossier's process must end with it.
     */
    public void withdraw(String applicant, String reason, Instant at) {
        require(status.allowsWithdrawal(), "be withdrawn");
        this.deadline = deadline().ended();
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        enter(DossierStatus.WITHDRAWN, at, applicant, handlerAgencyCode, note);
        registerEvent(new DossierEvents.Withdrawn(id(), code(), note, at));
    }

    /** The longest reason a refusal or a stop may give (the history's note column). */
    public static final int MAX_REASON = StatusChange.MAX_NOTE;

    /**
     * The one-stop clerk refuses the dossier at intake (status 3), with a reason; the dossier's process must end with
     * it. Only a dossier still waiting for intake can be refused: an accepted one is stopped by the leader instead.
     *
     * @throws IllegalArgumentException   if the reason is blank
     * @throws IllegalTransitionException if the dossier is not waiting for intake (e.g. accepted already)
     */
    public void refuse(String clerk, String reason, Instant at) {
        require(status == DossierStatus.SUBMITTED, "be refused at intake");
        String note = StatusChange.requiredNote(reason, "A refusal needs a reason");
        enter(DossierStatus.REFUSED, at, clerk, receivingAgencyCode(), note);
        registerEvent(new DossierEvents.Refused(id(), code(), note, at));
    }

    /**
     * The agency's leader stops processing the dossier (status 8), with a reason; the legal clock stops and the
     * dossier's process must end with it.
     *
     * @throws IllegalArgumentException   if the reason is blank
     * @throws IllegalTransitionException if the dossier is not accepted or is decided already
     */
    public void stop(String leader, String reason, Instant at) {
        require(status.allowsStop(), "be stopped");
        String note = StatusChange.requiredNote(reason, "Stopping needs a reason");
        this.deadline = deadline().ended();
        enter(DossierStatus.STOPPED, at, leader, handlerAgencyCode, note);
        registerEvent(new DossierEvents.Stopped(id(), code(), note, at));
    }

    /** Whether the given agency may see this dossier: it received it or holds it now. */
    public boolean isVisibleTo(String agencyCode) {
        return agencyCode != null && (agencyCode.equals(receivingAgencyCode()) || agencyCode.equals(handlerAgencyCode));
    }

    private void require(boolean allowed, String transition) {
        if (!allowed) {
            throw new IllegalTransitionException(code(), status, transition);
        }
    }

    private void enter(DossierStatus next, Instant at, String actor, String agencyCode, String note) {
        this.status = next;
        history.add(new StatusChange(next, at, actor, agencyCode, note));
        registerEvent(new DossierEvents.StatusChanged(id(), code(), next, at));
    }

    public String handlerAgencyCode() {
        return handlerAgencyCode;
    }

    public DossierStatus status() {
        return status;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    /** The legal clock: due date, pause and overdue mark. */
    public LegalDeadline deadline() {
        return deadline == null ? LegalDeadline.NOT_STARTED : deadline;
    }

    /** The running due date, or {@code null} before acceptance. */
    public Instant dueAt() {
        return deadline().dueAt();
    }

    /** The fee record; {@link FeePayment#isPaid()} is false until the fee is paid. */
    public FeePayment fee() {
        return fee == null ? FeePayment.NONE : fee;
    }

    public boolean isFeePaid() {
        return fee().isPaid();
    }

    public Instant completedAt() {
        return completedAt;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}
