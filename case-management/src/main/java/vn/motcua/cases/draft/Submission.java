package vn.motcua.cases.draft;

import java.util.UUID;

/**
 * The outcome of submitting a draft.
 *
 * @param dossierId the dossier
 * @param repeated  whether an earlier request with the same idempotency key had already made it
 */
public record Submission(UUID dossierId, boolean repeated) {
}
