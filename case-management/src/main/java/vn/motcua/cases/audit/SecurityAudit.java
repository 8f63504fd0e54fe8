package vn.motcua.cases.audit;

import java.sql.Timestamp;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the security audit trail (and the application log), and reads its latest entries. */
@Service
public class SecurityAudit {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityAudit.class);
    private static final int PATH_LENGTH = 500;

    private final JdbcClient jdbc;

    SecurityAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an event in its own transaction, so that it stays even when the refused request's work is rolled back.
     *
     * @param event what happened
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEvent event) {
        LOG.info("security {} principal={} address={} {} {} {}", event.kind(), event.principal(), event.address(),
                event.method(), event.path(), event.detail());
        jdbc.sql("""
                insert into security_event (at, kind, principal, address, method, path, detail)
                values (:at, :kind, :principal, :address, :method, :path, :detail)""")
                .param("at", Timestamp.from(event.at()))
                .param("kind", event.kind().name())
                .param("principal", cut(event.principal(), 100))
                .param("address", cut(event.address(), 64))
                .param("method", cut(event.method(), 10))
                .param("path", cut(event.path(), PATH_LENGTH))
                .param("detail", cut(event.detail(), PATH_LENGTH))
                .update();
    }

    /**
     * The latest events, newest first.
     *
     * @param principal only this user's events, or {@code null} for everyone's
     * @param count     how many at most
     * @return the events
     */
    @Transactional(readOnly = true)
    public List<SecurityEvent> latest(String principal, int count) {
        return jdbc.sql("""
                select at, kind, principal, address, method, path, detail from security_event
                where (cast(:principal as varchar) is null or principal = :principal)
                order by id desc limit :count""")
                .param("principal", principal)
                .param("count", count)
                .query((row, number) -> new SecurityEvent(row.getTimestamp("at").toInstant(),
                        SecurityEvent.Kind.valueOf(row.getString("kind")), row.getString("principal"),
                        row.getString("address"), row.getString("method"), row.getString("path"),
                        row.getString("detail")))
                .list();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
