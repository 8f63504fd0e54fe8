package vn.motcua.cases.draft;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import jakarta.persistence.LockModeType;

interface DraftRepository extends Repository<Draft, UUID> {

    Draft save(Draft draft);

    Optional<Draft> findById(UUID id);

    Optional<Draft> findByDossierId(UUID dossierId);

    List<Draft> findByEnteredAtAgencyAndStatusOrderByUpdatedAtDesc(String agencyCode, DraftStatus status, Limit limit);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Draft d where d.id = :id")
    Optional<Draft> lockById(UUID id);

    List<Draft> findByOwnerIdNumberAndStatusOrderByUpdatedAtDesc(String ownerIdNumber, DraftStatus status, Limit limit);

    void delete(Draft draft);
}
