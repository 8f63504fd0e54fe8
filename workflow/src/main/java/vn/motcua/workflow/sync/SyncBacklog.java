package vn.motcua.workflow.sync;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.dossier.DossierEvents;

/**
 * For administrators: the status changes waiting to be accepted by the national public-service portal, as Spring
 * Modulith's event publication registry (the outbox) holds them: the incomplete publications of the portal sync's
 * listener.
 */
@Service
public class SyncBacklog {

    private static final Comparator<TargetEventPublication> OLDEST_FIRST = Comparator
            .comparing(TargetEventPublication::getPublicationDate)
            .thenComparing(TargetEventPublication::getIdentifier);

    private static final PublicationTargetIdentifier LISTENER = PublicationTargetIdentifier.of(PortalSync.LISTENER_ID);

    private final EventPublicationRegistry registry;

    SyncBacklog(EventPublicationRegistry registry) {
        this.registry = registry;
    }

    /**
     * Counts the status changes not yet accepted.
     *
     * @return how many are waiting
     */
    @Transactional(readOnly = true)
    public long count() {
        return waiting().size();
    }

    /**
     * Tells since when the oldest change has been waiting.
     *
     * @return when the oldest waiting change was made, or empty when none waits
     */
    @Transactional(readOnly = true)
    public Optional<Instant> oldest() {
        return waiting().stream().findFirst().map(EventPublication::getPublicationDate);
    }

    /**
     * Lists the waiting changes, oldest first.
     *
     * @param page which page
     * @return that page, with the total count
     */
    @Transactional(readOnly = true)
    public Page<PendingSync> pending(Pageable page) {
        List<TargetEventPublication> waiting = waiting();
        List<PendingSync> content = waiting.stream().skip(page.getOffset()).limit(page.getPageSize())
                .map(SyncBacklog::pendingSync).toList();
        return new PageImpl<>(content, page, waiting.size());
    }

    private List<TargetEventPublication> waiting() {
        return registry.findIncompletePublications().stream()
                .filter(publication -> publication.isIdentifiedBy(LISTENER))
                .filter(publication -> publication.getEvent() instanceof DossierEvents.StatusChanged)
                .sorted(OLDEST_FIRST).toList();
    }

    private static PendingSync pendingSync(TargetEventPublication publication) {
        DossierEvents.StatusChanged change = (DossierEvents.StatusChanged) publication.getEvent();
        return new PendingSync(change.code(), change.status(), publication.getPublicationDate(),
                publication.getCompletionAttempts(), publication.getLastResubmissionDate(),
                publication.getStatus() == null ? null : publication.getStatus().name());
    }
}
