package vn.motcua.workflow.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.cases.PeriodicJob;
import vn.motcua.cases.clock.StepDeadlines;
import vn.motcua.cases.clock.StepTiming;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.notification.NotificationKind;
import vn.motcua.cases.notification.Notifications;
import vn.motcua.workflow.StaffMember;

/**
 * Every {@code motcua.deadline.scan-interval}, by the portal's {@link Clock}: warns the leaders of a step's agency
 * when the step has used {@value StepDeadlines#WARN_PERCENT} % of its share, and marks a dossier overdue when its due
 * date passed (the apology slip 04 and the notices follow the dossier's event, after commit). Each warning is marked
 * with a conditional update in the transaction that records its notification, and a dossier turns overdue once under
 * its version lock, so a restart or a second node repeats nothing.
 */
@Component
public class DeadlineScanner extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScanner.class);

    private final StepDeadlines steps;
    private final Dossiers dossiers;
    private final Notifications notifications;
    private final DeadlineProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DeadlineScanner(StepDeadlines steps, Dossiers dossiers, Notifications notifications, DeadlineProperties properties,
            Clock clock, PlatformTransactionManager transactions) {
        super("deadline-scanner", properties.scanInterval(), Duration.ofMinutes(10));
        this.steps = steps;
        this.dossiers = dossiers;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Outcome of one round. */
    public record Round(int warned, int overdue) {
    }

    /** One round at the clock's present time. */
    public synchronized Round scan() {
        Instant now = clock.instant();
        int warned = 0;
        for (StepTiming step : steps.dueForWarning(now, properties.batchSize())) {
            try {
                if (warn(step)) {
                    warned++;
                }
            } catch (RuntimeException e) {
                log.warn("Warning about step {} of dossier {} failed; next round retries", step.taskId(),
                        step.dossierId(), e);
            }
        }
        int overdue = 0;
        for (UUID id : dossiers.overdueCandidates(now, properties.batchSize())) {
            try {
                if (dossiers.markOverdue(id)) {
                    overdue++;
                }
            } catch (RuntimeException e) {
                log.warn("Marking dossier {} overdue failed; next round retries", id, e);
            }
        }
        return new Round(warned, overdue);
    }

    private boolean warn(StepTiming step) {
        Dossier dossier = dossiers.get(step.dossierId());
        if (dossier.deadline().isPaused()) {
            return false; // the step's times move when the clock runs again
        }
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!steps.markWarned(step.taskId())) {
                return false;
            }
            notifications.notifyStaff(StaffMember.groupOf(step.agencyCode(), StaffMember.Role.LEADER), dossier.id(),
                    dossier.code(), NotificationKind.STEP_WARNING, step.taskId());
            return true;
        }));
    }

    @Override
    protected void runRound() {
        scan();
    }
}
