package vn.motcua.cases.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Removes bytes once the database agrees they are no longer wanted: after the commit that removed their row, or after
 * the rollback of the transaction that wrote them. Outside a transaction the bytes are removed at once. What a crash
 * between commit and removal leaves behind, the {@link OrphanSweeper} removes later; so does it with bytes whose removal
 * failed (an object store that is down): the failure is logged, and the request that committed still succeeds.
 */
@Component
public class BlobCleanup {

    private static final Logger log = LoggerFactory.getLogger(BlobCleanup.class);

    private final BlobStore blobs;

    BlobCleanup(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** Removes the bytes under the key after the current transaction commits; a rollback keeps them. */
    public void deleteAfterCommit(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            blobs.delete(key);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteOrLeaveToTheSweeper(key);
            }
        });
    }

    /** Removes the bytes under the key, just written, if the current transaction rolls back. */
    public void deleteOnRollback(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    deleteOrLeaveToTheSweeper(key);
                }
            }
        });
    }

    private void deleteOrLeaveToTheSweeper(String key) {
        try {
            blobs.delete(key);
        } catch (RuntimeException e) {
            log.warn("Could not remove the bytes under {} ({}); the orphan sweeper will", key, e.getMessage());
        }
    }
}
