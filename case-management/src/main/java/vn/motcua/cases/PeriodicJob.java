package vn.motcua.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * A round of work repeated while the application runs, once across all the portal's nodes: the periodic jobs (e-mail
 * retries, statistics, national-portal sync, deadlines, payment reconciliation, the orphan sweeper, the access-log
 * anchoring) extend it. The rounds run on one Spring {@code ThreadPoolTaskScheduler} (the bean {@code JobScheduler}),
 * each under the job's ShedLock lock in the {@code shedlock} table: a node whose lock is held by another skips the round. The first round comes one interval after the start, each next one an interval after the previous ended. An
 * interval of zero (or less) turns the job off, the same for every job. A round that throws is logged and the next one
 * comes as planned. At shutdown a round under way finishes (up to {@link #SHUTDOWN_WAIT}) and no new one starts.
 *
 * <p>The lock is held at least nine tenths of the interval (another node's round, due a little later, is skipped; this
 * node's next round is due a whole interval after this one ended) and at most {@code lockAtMostFor}, the longest a
 * round may take: a node killed in a round keeps the others out until then, and another node takes over.
 */
public abstract class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    /** How long the stop of a job waits for a round under way. */
    public static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final String name;
    private final Duration interval;
    private final Duration lockAtMostFor;
    /** Held during a round: a stop waits for it. */
    private final ReentrantLock round = new ReentrantLock();
    private final Object state = new Object();
    private JobScheduler scheduler;
    private LockingTaskExecutor locks;
    private ScheduledFuture<?> rounds;

    /**
     * @param name          the lock's name (at most 64 characters), also used in the log
     * @param interval      the time between two rounds; zero or less turns the job off
     * @param lockAtMostFor the longest a round may take: how long a node killed in a round keeps the job's lock
     */
    protected PeriodicJob(String name, Duration interval, Duration lockAtMostFor) {
        this.name = name;
        this.interval = interval;
        this.lockAtMostFor = lockAtMostFor;
    }

    /**
     * Where the rounds run and the cluster lock they take; given after construction, so that the jobs' own
     * constructors keep only their collaborators.
     */
    @Autowired
    final void scheduleOn(JobScheduler scheduler, LockingTaskExecutor locks) {
        this.scheduler = scheduler;
        this.locks = locks;
    }

    /** One round of the job. */
    protected abstract void runRound();

    /** The job's name, also the name of its lock. */
    public final String name() {
        return name;
    }

    /** How long the lock is held at least: nine tenths of the interval. */
    public final Duration lockAtLeastFor() {
        return interval.isNegative() ? Duration.ZERO : interval.minus(interval.dividedBy(10));
    }

    /** How long the lock is held at most: the longest a round may take, and never less than {@link #lockAtLeastFor}. */
    public final Duration lockAtMostFor() {
        return lockAtMostFor.compareTo(lockAtLeastFor()) < 0 ? lockAtLeastFor() : lockAtMostFor;
    }

    /**
     * Runs one round now if no node holds the job's lock, and holds the lock for the round and at least
     * {@link #lockAtLeastFor()}; a round that throws is logged.
     *
     * @return whether the round ran here
     */
    public final boolean runOnceLocked() {
        round.lock();
        try {
            return locks.executeWithLock(() -> {
                runRound();
                return Boolean.TRUE;
            }, new LockConfiguration(Instant.now(), name, lockAtMostFor(), lockAtLeastFor())).wasExecuted();
        } catch (Throwable e) {
            log.error("{} failed; next round in {}", name, interval, e);
            return true;
        } finally {
            round.unlock();
        }
    }

    /** Starts the rounds, unless the job is turned off or already running. */
    @Override
    public void start() {
        synchronized (state) {
            if (interval.toMillis() <= 0 || rounds != null) {
                return;
            }
            rounds = scheduler.everyAfter(interval, this::runOnceLocked);
        }
    }

    /** Ends the rounds: none starts any more, and one under way finishes first (up to {@link #SHUTDOWN_WAIT}). */
    @Override
    public void stop() {
        synchronized (state) {
            if (rounds == null) {
                return;
            }
            rounds.cancel(false);
            rounds = null;
        }
        try {
            if (round.tryLock(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                round.unlock();
            } else {
                log.warn("{} still in a round after {}; stopping without waiting for it", name, SHUTDOWN_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        synchronized (state) {
            return rounds != null;
        }
    }
}
