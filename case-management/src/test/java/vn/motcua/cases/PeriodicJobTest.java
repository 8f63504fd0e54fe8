package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/** The schedule of a periodic job, with a lock that is always free (the cluster lock: {@link PeriodicJobLockTest}). */
class PeriodicJobTest {

    private static final LockingTaskExecutor ALWAYS_FREE = new DefaultLockingTaskExecutor(config -> Optional.of(() -> {
    }));

    private final JobScheduler scheduler = new JobScheduler();

    /** Counts its rounds; the first one fails. */
    static final class CountingJob extends PeriodicJob {
        final AtomicInteger rounds = new AtomicInteger();

        CountingJob(Duration interval) {
            super("counting-job", interval, Duration.ofMinutes(1));
        }

        @Override
        protected void runRound() {
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("the first round fails");
            }
        }
    }

    @AfterEach
    void shutDown() {
        scheduler.destroy();
    }

    @Test
    void repeatsItsRoundUntilStoppedAndGoesOnAfterARoundThatThrows() {
        CountingJob job = new CountingJob(Duration.ofMillis(10));
        job.scheduleOn(scheduler, ALWAYS_FREE);

        job.start();
        job.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> job.rounds.get() >= 3);
        assertThat(job.isRunning()).isTrue();

        job.stop();
        assertThat(job.isRunning()).isFalse();
        int rounds = job.rounds.get();
        job.stop();
        assertThat(job.isRunning()).as("a second stop changes nothing").isFalse();
        assertThat(job.runOnceLocked()).as("a round asked for by hand still runs").isTrue();
        assertThat(job.rounds).hasValue(rounds + 1);
    }

    @Test
    void anIntervalOfZeroTurnsTheJobOff() {
        CountingJob job = new CountingJob(Duration.ZERO);
        job.scheduleOn(scheduler, ALWAYS_FREE);

        job.start();

        assertThat(job.isRunning()).isFalse();
        assertThat(job.rounds).hasValue(0);
    }

    @Test
    void theLockIsHeldNineTenthsOfTheIntervalAtLeastAndNeverLessAtMost() {
        assertThat(new CountingJob(Duration.ofMinutes(1)).lockAtLeastFor()).isEqualTo(Duration.ofSeconds(54));
        assertThat(new CountingJob(Duration.ofMinutes(1)).lockAtMostFor()).isEqualTo(Duration.ofMinutes(1));
        assertThat(new CountingJob(Duration.ofHours(2)).lockAtMostFor()).as("raised to lockAtLeastFor")
                .isEqualTo(Duration.ofMinutes(108));
        assertThat(new CountingJob(Duration.ZERO).lockAtLeastFor()).isZero();
    }

    @Test
    void aStopLetsTheRoundUnderWayFinishAndStartsNoOther() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean inRound = new AtomicBoolean();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        PeriodicJob job = new PeriodicJob("blocking-job", Duration.ofMillis(10), Duration.ofMinutes(1)) {
            @Override
            protected void runRound() {
                started.incrementAndGet();
                inRound.set(true);
                try {
                    release.await();
                    finished.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        job.scheduleOn(scheduler, ALWAYS_FREE);
        job.start();
        await().atMost(Duration.ofSeconds(10)).untilTrue(inRound);

        Thread stopping = new Thread(job::stop);
        stopping.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !job.isRunning());
        assertThat(stopping.isAlive()).as("the stop waits for the round").isTrue();
        release.countDown();
        stopping.join();

        assertThat(finished).as("the round finished, not interrupted").hasValue(1);
        assertThat(started).as("no round after the stop").hasValue(1);
    }
}
