package vn.motcua.cases.draft;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-citizen quotas, counted in the database rather than in one node's memory: open drafts and the bytes of their
 * files from the draft tables, uploads of the last hour from one row per upload ({@code upload_event}, V40), whose rows
 * older than the hour are removed at the next upload of anyone.
 */
@Component
@EnableConfigurationProperties(QuotaProperties.class)
class CitizenQuotas {

    static final String UPLOADS_PER_HOUR = "attachment.quota.rate";
    static final String DRAFT_BYTES = "attachment.quota.bytes";
    private static final Duration HOUR = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final QuotaProperties limits;

    CitizenQuotas(JdbcClient jdbc, QuotaProperties limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    /** @throws DraftQuotaException if the citizen has as many open drafts of their own as allowed */
    void requireRoomForDraft(String ownerIdNumber) {
        long open = jdbc.sql("""
                select count(*) from draft where owner_id_number = ? and status = 'OPEN' and entered_at_agency is null""")
                .param(ownerIdNumber).query(Long.class).single();
        if (open >= limits.openDrafts()) {
            throw new DraftQuotaException(limits.openDrafts());
        }
    }

    /**
     * @throws AttachmentRejectedException with {@value #UPLOADS_PER_HOUR} if the citizen has uploaded as many files in
     *                                     the last hour as allowed, with {@value #DRAFT_BYTES} if the file would take
     *                                     the files of their open drafts over the limit
     */
    void requireRoomForUpload(String ownerIdNumber, long size, Instant now) {
        long lastHour = jdbc.sql("select count(*) from upload_event where owner_id_number = ? and uploaded_at > ?")
                .param(ownerIdNumber).param(Timestamp.from(now.minus(HOUR))).query(Long.class).single();
        if (lastHour >= limits.uploadsPerHour()) {
            throw new AttachmentRejectedException(UPLOADS_PER_HOUR, limits.uploadsPerHour());
        }
        long held = jdbc.sql("""
                select coalesce(sum(a.size_bytes), 0) from draft_attachment a join draft d on d.id = a.draft_id
                where d.owner_id_number = ? and d.status = 'OPEN' and d.entered_at_agency is null""")
                .param(ownerIdNumber).query(Long.class).single();
        if (held + size > limits.draftBytes().toBytes()) {
            throw new AttachmentRejectedException(DRAFT_BYTES, limits.draftBytes().toMegabytes());
        }
    }

    /** Counts an upload, and forgets every upload older than the hour (the table holds the last hour only). */
    void recordUpload(String ownerIdNumber, Instant now) {
        jdbc.sql("delete from upload_event where uploaded_at <= ?").param(Timestamp.from(now.minus(HOUR))).update();
        jdbc.sql("insert into upload_event (owner_id_number, uploaded_at) values (?, ?)")
                .param(ownerIdNumber).param(Timestamp.from(now)).update();
    }

    QuotaProperties limits() {
        return limits;
    }
}
