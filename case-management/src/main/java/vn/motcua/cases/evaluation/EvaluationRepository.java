package vn.motcua.cases.evaluation;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface EvaluationRepository extends Repository<Evaluation, UUID> {

    Evaluation saveAndFlush(Evaluation evaluation);

    Optional<Evaluation> findByDossierId(UUID dossierId);

    boolean existsByDossierId(UUID dossierId);
}
