package vn.motcua.cases.dossier;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import vn.motcua.cases.clock.LegalClock;

/**
 * The legal clock of a dossier: the due date set at acceptance, the pause while the applicant is asked for a
 * supplement or the fee, and the overdue mark with the new date promised by the apology. A value: each change returns
 * a new one.
 *
 * @param dueAt             the running due date, moved later by each pause; {@code null} before acceptance
 * @param pausedAt          since when the clock is paused, or {@code null} while it runs (or has not started)
 * @param statusBeforePause the status to return to when the pause ends
 * @param overdueAt         when the dossier was found overdue, or {@code null}
 * @param apologyDueAt      the new date promised by the apology slip, or {@code null}
 */
@Embeddable
public record LegalDeadline(
        @Column(name = "due_at") Instant dueAt,
        @Column(name = "clock_paused_at") Instant pausedAt,
        @Convert(converter = CodeConverters.StatusConverter.class)
        @Column(name = "status_before_pause") DossierStatus statusBeforePause,
        @Column(name = "overdue_at") Instant overdueAt,
        @Column(name = "apology_due_at") Instant apologyDueAt) {

    /** The clock of a dossier not yet accepted. */
    static final LegalDeadline NOT_STARTED = new LegalDeadline(null, null, null, null, null);

    /** The clock starts at acceptance with the due date of the procedure's deadline rule. */
    LegalDeadline started(Instant due) {
        return new LegalDeadline(Objects.requireNonNull(due), pausedAt, statusBeforePause, overdueAt, apologyDueAt);
    }

    /** The clock waits for the applicant from now; the dossier returns to {@code from} when the wait ends. */
    LegalDeadline paused(DossierStatus from, Instant at) {
        return new LegalDeadline(dueAt, at, from, overdueAt, apologyDueAt);
    }

    /** The clock runs again: a running due date moves later by the working time it was paused. */
    LegalDeadline resumed(Instant at, LegalClock legalClock) {
        Instant due = movesOnResume()
                ? legalClock.plusWorkingTime(dueAt, legalClock.workingTimeBetween(pausedAt, at))
                : dueAt;
        return new LegalDeadline(due, null, null, overdueAt, apologyDueAt);
    }

    /** The wait ends without resuming, because the dossier left its course (withdrawn or stopped). */
    LegalDeadline ended() {
        return new LegalDeadline(dueAt, null, null, overdueAt, apologyDueAt);
    }

    /** Marked overdue at {@code at}, with the new date of the apology. */
    LegalDeadline overdue(Instant at, Instant newDueAt) {
        return new LegalDeadline(dueAt, pausedAt, statusBeforePause, at, newDueAt);
    }

    /** Whether a resume moves the due date: the clock had started and is paused. */
    boolean movesOnResume() {
        return dueAt != null && pausedAt != null;
    }

    /** Whether the clock is paused. */
    public boolean isPaused() {
        return pausedAt != null;
    }

    /** Whether the dossier was marked overdue. */
    public boolean isMarkedOverdue() {
        return overdueAt != null;
    }

    /** Whether the running due date has passed at the given instant. */
    public boolean hasPassed(Instant at) {
        return dueAt != null && at.isAfter(dueAt);
    }
}
