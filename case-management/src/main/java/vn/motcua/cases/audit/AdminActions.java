package vn.motcua.cases.audit;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records what administrators change (procedures, process deployments), in the transaction of the change. */
@Service
public class AdminActions {

    private final JdbcClient jdbc;
    private final Clock clock;

    AdminActions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param actor   the administrator's user name
     * @param kind    what was done, e.g. {@code PROCEDURE_PUBLISHED}
     * @param subject what it was done to, e.g. a procedure code
     * @param detail  more, or {@code null}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String kind, String subject, String detail) {
        jdbc.sql("insert into admin_action (at, actor, kind, subject, detail) values (:at, :actor, :kind, :subject, :detail)")
                .param("at", Timestamp.from(clock.instant())).param("actor", cut(actor, 100)).param("kind", cut(kind, 32))
                .param("subject", cut(subject, 200)).param("detail", cut(detail, 500)).update();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
