package vn.motcua.workflow.sync;

import java.util.UUID;

/** Another delivery of the same record is running right now; this one gives way and is tried again later. */
class SyncInProgressException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SyncInProgressException(UUID recordId) {
        super("Sync record " + recordId + " is being delivered by another worker");
    }
}
