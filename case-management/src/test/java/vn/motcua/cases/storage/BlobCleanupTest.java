package vn.motcua.cases.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** A removal that fails after the commit (the object store is down) leaves the bytes to the sweeper, not the user. */
class BlobCleanupTest {

    private final List<String> attempted = new ArrayList<>();
    private final BlobCleanup cleanup = new BlobCleanup(new BlobStore() {
        @Override
        public void write(String key, byte[] content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] read(String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(String key) {
            attempted.add(key);
            throw new StorageUnavailableException("down", null);
        }

        @Override
        public List<String> keysWrittenBefore(Instant instant) {
            return List.of();
        }
    });

    @AfterEach
    void clear() {
        TransactionSynchronizationManager.clearSynchronization();
    }

    @Test
    void aRemovalThatFailsAfterTheCommitDoesNotFailTheCommittedRequest() {
        TransactionSynchronizationManager.initSynchronization();
        cleanup.deleteAfterCommit("drafts/2026/12/a");
        cleanup.deleteOnRollback("drafts/2026/12/b");

        assertThatCode(TransactionSynchronizationUtils::triggerAfterCommit).doesNotThrowAnyException();
        assertThatCode(() -> TransactionSynchronizationUtils.invokeAfterCompletion(
                TransactionSynchronizationManager.getSynchronizations(), TransactionSynchronization.STATUS_ROLLED_BACK))
                .doesNotThrowAnyException();
        assertThat(attempted).containsExactly("drafts/2026/12/a", "drafts/2026/12/b");
    }
}
