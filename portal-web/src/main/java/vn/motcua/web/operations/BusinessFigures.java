package vn.motcua.web.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The business figures, read from the database when scraped and kept for {@code motcua.operations.figures-cache}: the
 * dossiers filed, accepted and done (counters: totals that only grow), those overdue now, the outbox's backlog and the
 * age of its oldest event, and the dead letters. Read from the database rather than counted at the transitions, every
 * node reports the same figures for the whole installation, whichever node filed or accepted, and a restart loses
 * nothing: an operator reads them with {@code max} across nodes, not {@code sum}.
 */
@Component
class BusinessFigures implements MeterBinder {

    /** One reading of the figures. */
    record Snapshot(long filed, long accepted, long done, long overdue, long outboxEvents, long outboxOldestAge,
            long deadLetters) {
    }

    private final JdbcClient jdbc;
    private final Backlogs backlogs;
    private final Duration cacheFor;
    private final Clock clock = Clock.systemUTC();
    private Snapshot last;
    private Instant readAt;

    BusinessFigures(JdbcClient jdbc, Backlogs backlogs, OperationsProperties properties) {
        this.jdbc = jdbc;
        this.backlogs = backlogs;
        this.cacheFor = properties.figuresCache();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "motcua.dossiers.filed", "Dossiers filed (all channels)", Snapshot::filed);
        counter(registry, "motcua.dossiers.accepted", "Dossiers accepted by a one-stop desk", Snapshot::accepted);
        counter(registry, "motcua.dossiers.done", "Dossiers whose result is ready", Snapshot::done);
        gauge(registry, "motcua.dossiers.overdue", "Dossiers in course past their legal due date", null,
                Snapshot::overdue);
        gauge(registry, "motcua.outbox.events", "Events not yet delivered by the outbox", null,
                Snapshot::outboxEvents);
        gauge(registry, "motcua.outbox.oldest.age", "Age of the oldest undelivered event (0 when none)", "seconds",
                Snapshot::outboxOldestAge);
        gauge(registry, "motcua.dead.letters", "Dead-letter jobs and e-mails given up", null,
                Snapshot::deadLetters);
    }

    private void counter(MeterRegistry registry, String name, String description, ToDoubleFunction<Snapshot> value) {
        FunctionCounter.builder(name, this, figures -> value.applyAsDouble(figures.snapshot()))
                .description(description).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, String unit,
            ToDoubleFunction<Snapshot> value) {
        Gauge.builder(name, this, figures -> value.applyAsDouble(figures.snapshot()))
                .description(description).baseUnit(unit).register(registry);
    }

    synchronized Snapshot snapshot() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(readAt.plus(cacheFor))) {
            last = read();
            readAt = now;
        }
        return last;
    }

    private Snapshot read() {
        Backlogs.Outbox outbox = backlogs.outbox();
        long deadLetters = backlogs.deadLetterJobs() + backlogs.failedEmails();
        return jdbc.sql("select count(*) as filed, count(accepted_at) as accepted, count(completed_at) as done, "
                + "count(*) filter (where overdue_at is not null and status in (2, 4, 5, 6)) as overdue from dossier")
                .query((row, n) -> new Snapshot(row.getLong("filed"), row.getLong("accepted"), row.getLong("done"),
                        row.getLong("overdue"), outbox.events(), outbox.oldestAgeSeconds(), deadLetters))
                .single();
    }
}
