package vn.motcua.cases.storage;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Removes bytes once the database agrees they are no longer wanted: after the commit that removed their row, or after
 * the rollback of the transaction that wrote them. Outside a transaction the bytes are removed at once. What a crash
 * between commit and removal leaves behind, the {@link OrphanSweeper} removes later.
 */
@Component
public class BlobCleanup {

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
                blobs.delete(key);
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
                    blobs.delete(key);
                }
            }
        });
    }
}
