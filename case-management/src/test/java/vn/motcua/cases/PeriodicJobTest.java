package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PeriodicJobTest {

    /** Counts its rounds; the first one fails. */
    static final class CountingJob extends PeriodicJob {
        final AtomicInteger rounds = new AtomicInteger();

        CountingJob(Duration interval) {
            super("counting-job", interval);
        }

        @Override
        protected void runRound() {
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("the first round fails");
            }
        }
    }

    @Test
    void repeatsItsRoundUntilStoppedAndGoesOnAfterARoundThatThrows() {
        CountingJob job = new CountingJob(Duration.ofMillis(10));

        job.start();
        job.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> job.rounds.get() >= 3);
        assertThat(job.isRunning()).isTrue();

        job.stop();
        assertThat(job.isRunning()).isFalse();
        job.stop();
        assertThat(job.isRunning()).as("a second stop changes nothing").isFalse();
    }

    @Test
    void anIntervalOfZeroTurnsTheJobOff() {
        CountingJob job = new CountingJob(Duration.ZERO);

        job.start();

        assertThat(job.isRunning()).isFalse();
        assertThat(job.rounds).hasValue(0);
    }
}
