package vn.motcua.cases.draft;

import java.util.Optional;
import java.util.UUID;

/** The draft has been submitted and can no longer change. */
public class DraftClosedException extends RuntimeException {

    private final transient UUID dossierId;

    public DraftClosedException(UUID draftId, UUID dossierId) {
        super("Draft " + draftId + " is already submitted", null, false, false);
        this.dossierId = dossierId;
    }

    /** The dossier the draft became. */
    public Optional<UUID> dossierId() {
        return Optional.ofNullable(dossierId);
    }
}
