package vn.motcua.workflow.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

import vn.motcua.cases.PeriodicJob;
import vn.motcua.cases.dossier.DossierEvents;

/**
 * Resubmits undelivered outbox events (status changes for the national portal, applicant checks) every
 * {@code motcua.sync.retry-interval}: the publications whose delivery failed, and those left unfinished longer than {@code motcua.sync.stale-after} (the node died during the delivery).
 * A delivery still in progress is never resubmitted, and Modulith claims each publication with a conditional update
 * before it resubmits it, so two nodes do not resubmit the same one. Runs on one node at a time under the cluster
 * lock, like the other periodic jobs ({@link PeriodicJob}).
 */
@Component
class SyncRetrier extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(SyncRetrier.class);

    private static final Set<Status> UNFINISHED = EnumSet.of(Status.PUBLISHED, Status.PROCESSING);

    private final IncompleteEventPublications publications;
    private final SyncProperties properties;
    private final Clock clock;

    SyncRetrier(IncompleteEventPublications publications, SyncProperties properties, Clock clock) {
        super("national-portal-sync-retry", properties.retryInterval(), Duration.ofMinutes(10));
        this.publications = publications;
        this.properties = properties;
        this.clock = clock;
    }

    /** One round: failed deliveries first (bounded by the batch size), then lost ones. */
    void resubmit() {
        try {
            publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
                    .withBatchSize(properties.batchSize())
                    .withMaxInFlight(properties.batchSize())
                    .withFilter(SyncRetrier::isOutboxEvent));
            Instant lostBefore = clock.instant().minus(properties.staleAfter());
            publications.resubmitIncompletePublications(publication -> isOutboxEvent(publication)
                    && UNFINISHED.contains(publication.getStatus())
                    && lastActivity(publication).isBefore(lostBefore));
        } catch (RuntimeException e) {
            log.error("Resubmitting the national portal sync failed; next round in {}", properties.retryInterval(), e);
        }
    }

    /**
     * The outbox's events: status changes for the national portal and the slips of transitions ({@code slips}),
     * filings whose applicant check ({@code verification}) could not reach the population database, and supplement
     * requests whose slip could not be signed, and overdue dossiers whose apology slip or notices failed.
     */
    private static boolean isOutboxEvent(EventPublication publication) {
        return publication.getEvent() instanceof DossierEvents.StatusChanged
                || publication.getEvent() instanceof DossierEvents.Submitted
                || publication.getEvent() instanceof DossierEvents.SupplementRequested
                || publication.getEvent() instanceof DossierEvents.Overdue;
    }

    private static Instant lastActivity(EventPublication publication) {
        Instant resubmitted = publication.getLastResubmissionDate();
        return resubmitted != null ? resubmitted : publication.getPublicationDate();
    }

    @Override
    protected void runRound() {
        resubmit();
    }
}
