package vn.motcua.cases;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A round of work repeated on a daemon thread of its own while the application runs: the portal's periodic jobs
 * (e-mail retries, statistics, national-portal sync, deadlines, payment reconciliation, the orphan sweeper, the
 * access-log anchoring) extend it. The first round comes one interval after the start, each next one an interval
 * after the previous ended. An interval of zero (or less) turns the job off, the same for every job. A round that
 * throws is logged and the next one comes as planned.
 */
public abstract class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    /**
     * @param name     the thread's name, also used in the log
     * @param interval the time between two rounds; zero or less turns the job off
     */
    protected PeriodicJob(String name, Duration interval) {
        this.name = name;
        this.interval = interval;
    }

    /** One round of the job. */
    protected abstract void runRound();

    /** Starts the rounds, unless the job is turned off or already running. */
    @Override
    public synchronized void start() {
        long every = interval.toMillis();
        if (every <= 0 || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::roundLogged, every, every, TimeUnit.MILLISECONDS);
    }

    private void roundLogged() {
        try {
            runRound();
        } catch (RuntimeException e) {
            log.error("{} failed; next round in {}", name, interval, e);
        }
    }

    /** Ends the rounds, interrupting one under way. */
    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
