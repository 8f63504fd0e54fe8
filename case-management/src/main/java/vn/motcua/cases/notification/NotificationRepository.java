package vn.motcua.cases.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NotificationRepository extends Repository<Notification, UUID> {

    Notification save(Notification notification);

    Optional<Notification> findById(UUID id);

    boolean existsById(UUID id);

    List<Notification> findByAudienceAndRecipientInOrderByCreatedAtDesc(Audience audience,
            Collection<String> recipients, Limit limit);

    long countByAudienceAndRecipientInAndReadAtIsNull(Audience audience, Collection<String> recipients);

    @Query("select n.id from Notification n where n.emailState = :state and n.emailAttempts < :maxAttempts"
            + " order by n.createdAt")
    List<UUID> findEmailsToRetry(EmailState state, int maxAttempts, Limit limit);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.audience = :audience and n.recipient in :recipients"
            + " and n.readAt is null")
    int markAllRead(Audience audience, Collection<String> recipients, Instant at);
}
