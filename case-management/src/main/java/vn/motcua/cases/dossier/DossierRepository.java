package vn.motcua.cases.dossier;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface DossierRepository extends Repository<Dossier, UUID>, JpaSpecificationExecutor<Dossier> {

    Dossier save(Dossier dossier);

    Optional<Dossier> findById(UUID id);

    List<Dossier> findByApplicantIdNumberOrderBySubmittedAtDesc(String idNumber, Limit limit);

    List<Dossier> findByReceivingAgencyCodeAndStatusOrderBySubmittedAt(String agencyCode, DossierStatus status, Limit limit);

    @Query("select d from Dossier d where d.status in :running and d.deadline.overdueAt is null"
            + " and d.deadline.dueAt < :now order by d.deadline.dueAt")
    List<Dossier> findOverdueCandidates(Collection<DossierStatus> running, Instant now, Limit limit);
}
