package vn.motcua.workflow.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.dossier.DossierStatus;

/**
 * For administrators: the status changes waiting to be accepted by the national public-service portal, read from the
 * outbox (Spring Modulith's event publication registry).
 */
@Service
public class SyncBacklog {

    private static final String PENDING = " from event_publication where listener_id = :listener and completion_date is null";

    private final JdbcClient jdbc;

    SyncBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts the status changes not yet accepted.
     *
     * @return how many are waiting
     */
    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*)" + PENDING).param("listener", PortalSync.LISTENER_ID).query(Long.class).single();
    }

    /**
     * Tells since when the oldest change has been waiting.
     *
     * @return when the oldest waiting change was made, or empty when none waits
     */
    @Transactional(readOnly = true)
    public Optional<Instant> oldest() {
        return jdbc.sql("select min(publication_date)" + PENDING).param("listener", PortalSync.LISTENER_ID)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    /**
     * Lists the waiting changes, oldest first.
     *
     * @param page which page
     * @return that page, with the total count
     */
    @Transactional(readOnly = true)
    public Page<PendingSync> pending(Pageable page) {
        long total = count();
        if (total == 0 || page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        List<PendingSync> content = jdbc.sql("""
                select serialized_event::jsonb ->> 'code' as code, serialized_event::jsonb ->> 'status' as status,
                       publication_date, completion_attempts, last_resubmission_date, status as state""" + PENDING
                + " order by publication_date, id limit :limit offset :offset")
                .param("listener", PortalSync.LISTENER_ID)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, row) -> new PendingSync(rs.getString("code"), DossierStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("publication_date").toInstant(), rs.getInt("completion_attempts"),
                        Optional.ofNullable(rs.getTimestamp("last_resubmission_date")).map(Timestamp::toInstant)
                                .orElse(null),
                        rs.getString("state")))
                .list();
        return new PageImpl<>(content, page, total);
    }
}
