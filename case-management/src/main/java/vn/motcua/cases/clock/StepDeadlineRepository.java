package vn.motcua.cases.clock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StepDeadlineRepository extends Repository<StepDeadline, String> {

    StepDeadline save(StepDeadline deadline);

    Optional<StepDeadline> findById(String taskId);

    /** A dossier's steps in the order they opened; of steps opened at the same time, the closed ones first. */
    @Query("select s from StepDeadline s where s.dossierId = :dossierId"
            + " order by s.openedAt, case when s.closedAt is null then 1 else 0 end, s.closedAt")
    List<StepDeadline> findByDossierIdOrderByOpenedAt(UUID dossierId);

    @Query("select s from StepDeadline s where s.closedAt is null and s.warnedAt is null and s.warnAt <= :now"
            + " order by s.warnAt")
    List<StepDeadline> warnable(Instant now, Limit limit);

    /** Marks the warning sent unless another scan did: 1 when this call marked it. */
    @Modifying
    @Query("update StepDeadline s set s.warnedAt = :at where s.taskId = :taskId and s.warnedAt is null")
    int markWarned(String taskId, Instant at);
}
