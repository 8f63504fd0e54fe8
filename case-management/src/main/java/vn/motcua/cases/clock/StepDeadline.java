package vn.motcua.cases.clock;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The deadline of one opened user task: when it opened, when its share of the legal time runs out, when its leader is
 * warned (80 % of the share), and, once closed, whether it closed on time.
 */
@Entity
@Table(name = "step_deadline")
class StepDeadline {

    @Id
    @Column(name = "task_id")
    private String taskId;

    @Column(name = "dossier_id")
    private UUID dossierId;

    @Column(name = "task_key")
    private String taskKey;

    @Column(name = "agency_code")
    private String agencyCode;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "warn_at")
    private Instant warnAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "on_time")
    private Boolean onTime;

    protected StepDeadline() {
    }

    StepDeadline(String taskId, UUID dossierId, String taskKey, String agencyCode, Instant openedAt, Due due) {
        this.taskId = taskId;
        this.dossierId = dossierId;
        this.taskKey = taskKey;
        this.agencyCode = agencyCode;
        this.openedAt = openedAt;
        this.dueAt = due.dueAt();
        this.warnAt = due.warnAt();
    }

    /** When a step's share runs out and when its leaders are warned; both {@code null} for a step without a budget. */
    record Due(Instant dueAt, Instant warnAt) {
    }

    /** Closes the step; a step without a budget has no verdict. A step closes once. */
    void close(Instant at, boolean completed) {
        if (closedAt != null) {
            return;
        }
        closedAt = at;
        onTime = completed && dueAt != null ? !at.isAfter(dueAt) : null;
    }

    /** Moves an open step's times later by the clock's pause: the share left is kept. */
    void shift(LegalClock clock, java.time.Duration paused) {
        if (closedAt != null || dueAt == null) {
            return;
        }
        dueAt = clock.plusWorkingTime(dueAt, paused);
        if (warnedAt == null && warnAt != null) {
            warnAt = clock.plusWorkingTime(warnAt, paused);
        }
    }

    StepTiming timing() {
        return new StepTiming(taskId, dossierId, taskKey, agencyCode, openedAt, dueAt, warnedAt, closedAt, onTime);
    }
}
