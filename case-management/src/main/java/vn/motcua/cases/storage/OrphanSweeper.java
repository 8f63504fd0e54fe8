package vn.motcua.cases.storage;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.cases.PeriodicJob;

/**
 * Removes bytes that no row refers to (a dossier file or a draft attachment) once they are older than
 * {@code motcua.storage.sweep-grace}: what a crash left between a commit and the removal of a deleted file's bytes, or
 * between writing an upload and the rollback of its transaction. Runs every {@code motcua.storage.sweep-interval} on one
 * node at a time (a {@link PeriodicJob} under the cluster lock); 0 switches it off. Removing is idempotent anyway.
 */
@Component
public class OrphanSweeper extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(OrphanSweeper.class);
    private static final int BATCH = 500;

    private final BlobStore blobs;
    private final JdbcClient jdbc;
    private final StorageProperties properties;
    private final Clock clock;

    OrphanSweeper(BlobStore blobs, JdbcClient jdbc, StorageProperties properties, Clock clock) {
        super("orphan-sweeper", properties.sweepInterval(), Duration.ofHours(1));
        this.blobs = blobs;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Removes the orphans older than the grace period; answers how many. */
    public int sweep() {
        List<String> candidates = blobs.keysWrittenBefore(clock.instant().minus(properties.sweepGrace()));
        int removed = 0;
        for (int from = 0; from < candidates.size(); from += BATCH) {
            List<String> batch = candidates.subList(from, Math.min(candidates.size(), from + BATCH));
            Set<String> referenced = referenced(batch);
            for (String key : batch) {
                if (!referenced.contains(key)) {
                    blobs.delete(key);
                    removed++;
                }
            }
        }
        if (removed > 0) {
            log.info("Removed {} stored files that no row refers to", removed);
        }
        return removed;
    }

    private Set<String> referenced(List<String> keys) {
        String[] array = keys.toArray(String[]::new);
        return new HashSet<>(jdbc.sql("""
                select storage_key from stored_file where storage_key = any(:keys)
                union select storage_key from draft_attachment where storage_key = any(:keys)""")
                .param("keys", array).query(String.class).list());
    }

    @Override
    protected void runRound() {
        sweep();
    }
}
