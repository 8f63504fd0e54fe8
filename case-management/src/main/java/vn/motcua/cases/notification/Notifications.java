package vn.motcua.cases.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications of citizens and staff. Each one has an id derived from what it tells (the kind, the dossier and a
 * key such as the time of the transition), so a delivery retried after a failure records nothing twice.
 */
@Service
public class Notifications {

    private static final Limit LIST_LIMIT = Limit.of(100);

    private final NotificationRepository repository;
    private final Clock clock;

    Notifications(NotificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    static UUID idOf(Audience audience, NotificationKind kind, UUID dossierId, String key) {
        return UUID.nameUUIDFromBytes(("notification:" + audience + ":" + kind + ":" + dossierId + ":" + key)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Records a citizen's notification unless it exists; the e-mail is pending when an address is given. */
    @Transactional
    public Notification notifyCitizen(String idNumber, UUID dossierId, String dossierCode, NotificationKind kind,
            String key, String email, String phone) {
        UUID id = idOf(Audience.CITIZEN, kind, dossierId, key);
        return repository.findById(id).orElseGet(() -> repository.save(new Notification(id,
                Notification.Addressee.citizen(idNumber, email, phone), dossierId, dossierCode, kind, clock.instant())));
    }

    /**
     * Records a notification for a staff group {@code {agency}:{role}} unless it exists.
     *
     * @return whether it is new
     */
    @Transactional
    public boolean notifyStaff(String group, UUID dossierId, String dossierCode, NotificationKind kind, String key) {
        UUID id = idOf(Audience.STAFF, kind, dossierId, key);
        if (repository.existsById(id)) {
            return false;
        }
        repository.save(new Notification(id, Notification.Addressee.staff(group), dossierId, dossierCode, kind,
                clock.instant()));
        return true;
    }

    /** The latest notifications of a citizen, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> ofCitizen(String idNumber) {
        return repository.findByAudienceAndRecipientInOrderByCreatedAtDesc(Audience.CITIZEN, List.of(idNumber),
                LIST_LIMIT);
    }

    /** The latest notifications of the staff groups a member belongs to, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> ofStaff(Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return repository.findByAudienceAndRecipientInOrderByCreatedAtDesc(Audience.STAFF, groups, LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    public long unread(Audience audience, Collection<String> recipients) {
        if (recipients.isEmpty()) {
            return 0;
        }
        return repository.countByAudienceAndRecipientInAndReadAtIsNull(audience, recipients);
    }

    /** Marks every notification of the recipients read. */
    @Transactional
    public int markAllRead(Audience audience, Collection<String> recipients) {
        if (recipients.isEmpty()) {
            return 0;
        }
        return repository.markAllRead(audience, recipients, clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<Notification> find(UUID id) {
        return repository.findById(id);
    }

    @Transactional
    void recordEmailSent(UUID id) {
        repository.findById(id).ifPresent(n -> {
            n.emailSent();
            repository.save(n);
        });
    }

    @Transactional
    void recordEmailFailed(UUID id, String error) {
        repository.findById(id).ifPresent(n -> {
            n.emailFailed(error);
            repository.save(n);
        });
    }

    @Transactional(readOnly = true)
    List<UUID> emailsToRetry(int maxAttempts, int limit) {
        return repository.findEmailsToRetry(EmailState.FAILED, maxAttempts, Limit.of(limit));
    }
}
