package vn.motcua.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The scheduler the {@link PeriodicJob}s run on: Spring's {@link ThreadPoolTaskScheduler}, started with this bean and
 * shut down at its destruction, after the jobs have stopped, waiting for a task still running. It is wrapped rather
 * than a bean itself because Spring Boot backs off its own application task executor (of the asynchronous event
 * listeners) as soon as any {@link java.util.concurrent.Executor} bean exists.
 */
final class JobScheduler implements DisposableBean {

    /** One thread per periodic job (seven), as when each had its own: a long round delays no other job. */
    private static final int THREADS = 8;

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    JobScheduler() {
        scheduler.setPoolSize(THREADS);
        scheduler.setThreadNamePrefix("periodic-job-");
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(true);
        scheduler.setAwaitTerminationMillis(PeriodicJob.SHUTDOWN_WAIT.toMillis());
        scheduler.initialize();
    }

    /** Runs the task one interval from now, then an interval after each run ended. */
    ScheduledFuture<?> everyAfter(Duration interval, Runnable task) {
        return scheduler.scheduleWithFixedDelay(task, Instant.now().plus(interval), interval);
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
