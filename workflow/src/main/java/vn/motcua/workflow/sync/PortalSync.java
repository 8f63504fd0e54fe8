package vn.motcua.workflow.sync;

import java.sql.Timestamp;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.NationalPortal;
import vn.motcua.lgsp.SyncRecord;

/**
 * Delivers every dossier status change to the national portal. The event publication registry stores the change in
 * the transaction that made it; this listener runs after the commit, in its own thread and transaction, and the
 * publication stays incomplete until the portal accepts the record ({@link SyncRetrier} tries failed ones again).
 * A transaction-scoped advisory lock on the record id keeps two deliveries of one record from running at once, and
 * the record is written to {@code national_portal_delivery} in the transaction that saw it accepted, so a later
 * resubmission of an already accepted record completes without calling the portal again.
 */
@Component
class PortalSync {

    /** The listener's id in the event publication registry; never change it while publications may be pending. */
    static final String LISTENER_ID = "motcua.national-portal-sync";

    /** First key of the advisory locks that keep two workers (or nodes) from sending the same record at once. */
    private static final int LOCK_NAMESPACE = 0x5359_4e43;

    private static final Logger log = LoggerFactory.getLogger(PortalSync.class);

    private final Dossiers dossiers;
    private final SyncRecords records;
    private final NationalPortal portal;
    private final JdbcClient jdbc;
    private final Clock clock;

    PortalSync(Dossiers dossiers, SyncRecords records, NationalPortal portal, JdbcClient jdbc, Clock clock) {
        this.dossiers = dossiers;
        this.records = records;
        this.portal = portal;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(DossierEvents.StatusChanged change) {
        var recordId = SyncRecords.recordId(change);
        boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(?, ?)")
                .params(LOCK_NAMESPACE, recordId.hashCode()).query(Boolean.class).single();
        if (!mine) {
            throw new SyncInProgressException(recordId);
        }
        if (jdbc.sql("select exists (select 1 from national_portal_delivery where record_id = ?)").param(recordId)
                .query(Boolean.class).single()) {
            return;
        }
        Dossier dossier = dossiers.get(change.dossierId());
        SyncRecord record = records.of(change, dossier);
        try {
            portal.sync(record, new LgspContext(dossier.receivingAgencyCode(), null, dossier.code()).inBackground());
        } catch (LgspException e) {
            log.warn("National portal did not accept status {} of dossier {} ({}): {}; it will be sent again",
                    change.status().code(), dossier.code(), e.kind(), e.getMessage());
            throw e;
        }
        jdbc.sql("""
                insert into national_portal_delivery (record_id, dossier_id, status, changed_at, delivered_at)
                values (?, ?, ?, ?, ?)""")
                .params(recordId, dossier.id(), change.status().code(), Timestamp.from(change.at()),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
