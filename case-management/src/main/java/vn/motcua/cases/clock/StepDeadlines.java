package vn.motcua.cases.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each step's share of the legal deadline: a step opened gets its due time and its warning time (at
 * {@value #WARN_PERCENT} % of its share); a step closed records whether it was on time, so a late dossier shows which
 * agency made it late. A step without a budget (no row for its task key, or a share of 0) gets neither.
 */
@Service
public class StepDeadlines {

    /** The part of a step's share after which its agency's leaders are warned. */
    public static final int WARN_PERCENT = 80;

    private final StepBudgets budgets;
    private final StepDeadlineRepository repository;
    private final WorkingCalendar calendar;
    private final Clock clock;

    StepDeadlines(StepBudgets budgets, StepDeadlineRepository repository, WorkingCalendar calendar, Clock clock) {
        this.budgets = budgets;
        this.repository = repository;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The share of the deadline of a version's task, in percent, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Integer> sharePercent(long procedureVersionId, String taskKey) {
        return budgets.findByProcedureVersionIdAndTaskKey(procedureVersionId, taskKey).map(StepBudget::sharePercent)
                .filter(share -> share > 0);
    }

    /**
     * Records that a task opened now: it is due when its share of the rule's working time has passed, and never after
     * the dossier's own due date. A task recorded before keeps its times.
     *
     * @param dossierDueAt the dossier's due date, or {@code null} before acceptance
     */
    @Transactional
    public StepTiming open(String taskId, UUID dossierId, long procedureVersionId, String taskKey, String agencyCode,
            DeadlineRule rule, Instant dossierDueAt) {
        Optional<StepDeadline> existing = repository.findById(taskId);
        if (existing.isPresent()) {
            return existing.get().timing();
        }
        Instant now = clock.instant();
        Instant due = null;
        Instant warn = null;
        Optional<Integer> share = sharePercent(procedureVersionId, taskKey);
        if (share.isPresent()) {
            LegalClock legalClock = calendar.legalClock();
            Duration budget = LegalClock.grantedWorkingTime(rule).multipliedBy(share.get()).dividedBy(100);
            due = legalClock.plusWorkingTime(now, budget);
            if (dossierDueAt != null && due.isAfter(dossierDueAt)) {
                due = dossierDueAt;
            }
            warn = legalClock.plusWorkingTime(now, budget.multipliedBy(WARN_PERCENT).dividedBy(100));
            if (warn.isAfter(due)) {
                warn = due;
            }
        }
        return repository.save(new StepDeadline(taskId, dossierId, taskKey, agencyCode, now,
                new StepDeadline.Due(due, warn))).timing();
    }

    /** Records that a task closed now: completed (with a verdict on time or late) or cancelled (none). */
    @Transactional
    public void close(String taskId, boolean completed) {
        repository.findById(taskId).ifPresent(step -> {
            step.close(clock.instant(), completed);
            repository.save(step);
        });
    }

    /** Moves the open steps of a dossier later by the working time its clock was paused. */
    @Transactional
    public void resume(UUID dossierId, Instant pausedAt, Instant resumedAt) {
        LegalClock legalClock = calendar.legalClock();
        Duration paused = legalClock.workingTimeBetween(pausedAt, resumedAt);
        if (paused.isZero()) {
            return;
        }
        for (StepDeadline step : repository.findByDossierIdOrderByOpenedAt(dossierId)) {
            step.shift(legalClock, paused);
            repository.save(step);
        }
    }

    @Transactional(readOnly = true)
    public List<StepTiming> ofDossier(UUID dossierId) {
        return repository.findByDossierIdOrderByOpenedAt(dossierId).stream().map(StepDeadline::timing).toList();
    }

    @Transactional(readOnly = true)
    public Optional<StepTiming> find(String taskId) {
        return repository.findById(taskId).map(StepDeadline::timing);
    }

    /** Open steps whose warning time has come and whose leaders were not yet warned, earliest first. */
    @Transactional(readOnly = true)
    public List<StepTiming> dueForWarning(Instant now, int limit) {
        return repository.warnable(now, Limit.of(limit)).stream().map(StepDeadline::timing).toList();
    }

    /** Marks the step's warning as given; {@code false} if it was given before (by another scan or node). */
    @Transactional
    public boolean markWarned(String taskId) {
        return repository.markWarned(taskId, clock.instant()) == 1;
    }
}
