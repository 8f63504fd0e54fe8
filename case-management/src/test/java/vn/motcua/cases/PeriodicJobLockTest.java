package vn.motcua.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/**
 * The cluster lock of the periodic jobs on the real {@code shedlock} table (V44): each "node" is a lock executor and a
 * scheduler of its own over the one database, as two portal nodes are.
 */
@SpringBootTest(classes = CasesTestApplication.class)
class PeriodicJobLockTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    private final List<JobScheduler> schedulers = new ArrayList<>();
    private final List<PeriodicJob> started = new ArrayList<>();

    /** Counts its rounds and how many run at once; a round may be held until released. */
    static final class Job extends PeriodicJob {
        final AtomicInteger rounds;
        final AtomicInteger running;
        final AtomicInteger mostAtOnce;
        volatile CountDownLatch hold = new CountDownLatch(0);
        final AtomicBoolean inRound = new AtomicBoolean();

        Job(String name, Duration interval, AtomicInteger rounds, AtomicInteger running, AtomicInteger mostAtOnce) {
            super(name, interval, Duration.ofMinutes(10));
            this.rounds = rounds;
            this.running = running;
            this.mostAtOnce = mostAtOnce;
        }

        @Override
        protected void runRound() {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            inRound.set(true);
            try {
                hold.await();
                rounds.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
        }
    }

    /** A portal node's view of the job: its own scheduler and lock executor on the shared database. */
    private Job node(String name, Duration interval, AtomicInteger rounds, AtomicInteger running,
            AtomicInteger mostAtOnce) {
        JobScheduler scheduler = new JobScheduler();
        schedulers.add(scheduler);
        LockingTaskExecutor locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withLockedByValue("node-" + UUID.randomUUID()).usingDbTime().build()));
        Job job = new Job(name, interval, rounds, running, mostAtOnce);
        job.scheduleOn(scheduler, locks);
        return job;
    }

    private Job node(String name, Duration interval) {
        return node(name, interval, new AtomicInteger(), new AtomicInteger(), new AtomicInteger());
    }

    private static String uniqueName() {
        return "test-" + UUID.randomUUID();
    }

    @AfterEach
    void stopNodes() {
        started.forEach(PeriodicJob::stop);
        schedulers.forEach(JobScheduler::destroy);
    }

    @Test
    void aJobWhoseLockAnotherNodeHoldsDoesNotRun() {
        String name = uniqueName();
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values (?, timezone('utc', now()) + interval '10 minutes', timezone('utc', now()), 'another-node')""")
                .param(name).update();
        Job job = node(name, Duration.ofMinutes(1));

        assertThat(job.runOnceLocked()).isFalse();

        assertThat(job.rounds).hasValue(0);
        assertThat(holder(name)).isEqualTo("another-node");
    }

    @Test
    void anExpiredLockOfAKilledNodeIsTakenOver() {
        String name = uniqueName();
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values (?, timezone('utc', now()) - interval '1 second', timezone('utc', now()) - interval '10 minutes',
                        'killed-node')""").param(name).update();
        Job job = node(name, Duration.ofMinutes(1));

        assertThat(job.runOnceLocked()).isTrue();

        assertThat(job.rounds).hasValue(1);
        assertThat(holder(name)).startsWith("node-");
        assertThat(jdbc.sql("select lock_until > timezone('utc', now()) from shedlock where name = ?").param(name)
                .query(Boolean.class).single()).as("held for lockAtLeastFor after the round").isTrue();
    }

    @Test
    void twoNodesRacingForARoundRunItOnce() throws Exception {
        String name = uniqueName();
        AtomicInteger rounds = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Job> nodes = List.of(node(name, Duration.ofMinutes(1), rounds, running, mostAtOnce),
                node(name, Duration.ofMinutes(1), rounds, running, mostAtOnce));
        int attempts = 8;
        CyclicBarrier together = new CyclicBarrier(attempts);
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Job job = nodes.get(i % 2);
                tasks.add(() -> {
                    together.await();
                    return job.runOnceLocked();
                });
            }
            int ran = 0;
            for (Future<Boolean> outcome : threads.invokeAll(tasks)) {
                ran += outcome.get() ? 1 : 0;
            }
            assertThat(ran).isOne();
        } finally {
            threads.shutdownNow();
        }
        assertThat(rounds).as("one round in all").hasValue(1);
        assertThat(mostAtOnce).hasValue(1);
        assertThat(nodes.get(1).runOnceLocked()).as("the lock stays for nine tenths of the interval").isFalse();
        assertThat(nodes.get(0).runOnceLocked()).isFalse();
    }

    @Test
    void whileOneNodeIsInARoundTheOtherNodesScheduledRoundsAreSkipped() {
        String name = uniqueName();
        AtomicInteger rounds = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Job first = node(name, Duration.ofMillis(100), rounds, running, mostAtOnce);
        Job second = node(name, Duration.ofMillis(100), rounds, running, mostAtOnce);
        CountDownLatch release = new CountDownLatch(1);
        first.hold = release;
        second.hold = release;
        start(first);
        start(second);

        await().atMost(Duration.ofSeconds(20)).until(() -> running.get() == 1);
        Job holder = first.inRound.get() ? first : second;
        Job other = holder == first ? second : first;
        // the other node's scheduler keeps trying every 100 ms meanwhile, as this attempt does: the lock is taken
        assertThat(other.runOnceLocked()).isFalse();
        assertThat(other.inRound).isFalse();

        release.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> rounds.get() >= 3);
        assertThat(mostAtOnce).as("never two rounds at once").hasValue(1);
        assertThat(holder.isRunning() && other.isRunning()).isTrue();
    }

    private void start(PeriodicJob job) {
        started.add(job);
        job.start();
    }

    private String holder(String name) {
        return jdbc.sql("select locked_by from shedlock where name = ?").param(name).query(String.class).single();
    }
}
