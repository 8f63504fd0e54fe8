package vn.motcua.cases.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One audit log over four trails: what staff did to dossiers (their status changes), what administrators changed,
 * security events (logins, logouts, refused requests) and personal-data access. Newest first.
 */
@Service
public class AuditLog {

    /** The most entries one search returns. */
    public static final int LIMIT = 200;

    /** Which trail an entry comes from. */
    public enum Source {
        STAFF, ADMIN, SECURITY, DATA_ACCESS
    }

    /**
     * One entry.
     *
     * @param at      when
     * @param source  which trail
     * @param kind    what: a dossier status code, an admin action, a security event kind, a data service code
     * @param actor   who
     * @param subject what it concerned: a dossier code, a procedure or process, a request path, a person's id number
     * @param detail  more, or {@code null}
     */
    public record Entry(Instant at, Source source, String kind, String actor, String subject, String detail) {
    }

    /**
     * What to look for; every part is optional.
     *
     * @param actor  who (exact user name)
     * @param source which trail
     * @param from   from this instant on
     * @param to     before this instant
     */
    public record Search(String actor, Source source, Instant from, Instant to) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Entry> search(Search search) {
        return jdbc.sql("""
                select * from (
                    select e.occurred_at as at, 'STAFF' as source, cast(e.status as varchar) as kind, e.actor,
                           d.code as subject, e.note as detail
                    from dossier_event e join dossier d on d.id = e.dossier_id
                    where e.actor <> d.owner_id_number and e.actor <> 'system'
                    union all
                    select at, 'ADMIN', kind, actor, subject, detail from admin_action
                    union all
                    select at, 'SECURITY', kind, principal, coalesce(method || ' ', '') || coalesce(path, ''),
                           concat_ws(' ', address, detail) from security_event
                    union all
                    select accessed_at, 'DATA_ACCESS', service_code, actor, subject, purpose || ' (' || outcome || ')'
                    from personal_data_access
                ) entries
                where (cast(:actor as varchar) is null or actor = :actor)
                  and (cast(:source as varchar) is null or source = :source)
                  and (cast(:from as timestamptz) is null or at >= :from)
                  and (cast(:to as timestamptz) is null or at < :to)
                order by at desc
                limit :limit""")
                .param("actor", search.actor())
                .param("source", search.source() == null ? null : search.source().name())
                .param("from", search.from() == null ? null : Timestamp.from(search.from()))
                .param("to", search.to() == null ? null : Timestamp.from(search.to()))
                .param("limit", LIMIT)
                .query((row, n) -> new Entry(row.getTimestamp("at").toInstant(), Source.valueOf(row.getString("source")),
                        row.getString("kind"), row.getString("actor"), row.getString("subject"), row.getString("detail")))
                .list();
    }
}
