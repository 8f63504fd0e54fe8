package vn.motcua.workflow.sync;

import java.time.Instant;

import vn.motcua.cases.dossier.DossierStatus;

/**
 * A status change the national portal has not accepted yet.
 *
 * @param dossierCode  the dossier's code
 * @param status       the status to be reported
 * @param since        when the change was made (and queued for delivery)
 * @param attempts     how many deliveries were started so far
 * @param lastAttempt  when the latest delivery was started
 * @param state        the delivery's state in the outbox: {@code PUBLISHED}, {@code PROCESSING}, {@code FAILED} or
 *                     {@code RESUBMITTED}
 */
public record PendingSync(String dossierCode, DossierStatus status, Instant since, int attempts, Instant lastAttempt,
        String state) {
}
