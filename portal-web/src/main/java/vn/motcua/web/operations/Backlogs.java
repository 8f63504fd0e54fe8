package vn.motcua.web.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.flowable.engine.ManagementService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what waits or was given up: the outbox (Spring Modulith's event publications not yet completed, e-mails not yet
 * sent), Flowable's dead-letter jobs and the e-mails given up after their last attempt.
 */
class Backlogs {

    /** The outbox: undelivered events, the oldest one's age (0 when none) and e-mails waiting to be sent. */
    record Outbox(long events, long oldestAgeSeconds, long pendingEmails) {
    }

    private final JdbcClient jdbc;
    private final ManagementService management;
    private final Clock clock;

    Backlogs(JdbcClient jdbc, ManagementService management, Clock clock) {
        this.jdbc = jdbc;
        this.management = management;
        this.clock = clock;
    }

    Outbox outbox() {
        return jdbc.sql("select (select count(*) from event_publication where completion_date is null) as events, "
                + "(select min(publication_date) from event_publication where completion_date is null) as oldest, "
                + "(select count(*) from notification where email_state = 'PENDING') as emails")
                .query((row, n) -> {
                    Timestamp oldest = row.getTimestamp("oldest");
                    long age = oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds());
                    return new Outbox(row.getLong("events"), age, row.getLong("emails"));
                }).single();
    }

    long deadLetterJobs() {
        return management.createDeadLetterJobQuery().count();
    }

    long failedEmails() {
        return jdbc.sql("select count(*) from notification where email_state = 'FAILED'").query(Long.class).single();
    }
}
