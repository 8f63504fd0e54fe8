package vn.motcua.cases.evaluation;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.evaluation.EvaluationRefusedException.Problem;

/** Ratings of the service: one per dossier, once its result exists (status 9 or 10). Callers check ownership. */
@Service
public class Evaluations {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int MAX_COMMENT = 1000;

    private final EvaluationRepository repository;
    private final Dossiers dossiers;
    private final Clock clock;

    Evaluations(EvaluationRepository repository, Dossiers dossiers, Clock clock) {
        this.repository = repository;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /**
     * Records the rating.
     *
     * @throws EvaluationRefusedException before the result, on a second rating, or for a rating or comment out of bounds
     */
    @Transactional
    public Evaluation evaluate(Evaluate command) {
        if (command.rating() < MIN_RATING || command.rating() > MAX_RATING) {
            throw new EvaluationRefusedException(Problem.RATING_RANGE);
        }
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new EvaluationRefusedException(Problem.COMMENT_TOO_LONG);
        }
        Dossier dossier = dossiers.get(command.dossierId());
        if (!dossier.status().isFinished()) {
            throw new EvaluationRefusedException(Problem.NOT_FINISHED);
        }
        if (repository.existsByDossierId(dossier.id())) {
            throw new EvaluationRefusedException(Problem.ALREADY_EVALUATED);
        }
        try {
            return repository.saveAndFlush(new Evaluation(dossier.id(), command.rating(), comment, clock.instant()));
        } catch (DataIntegrityViolationException concurrentSecondRating) {
            throw new EvaluationRefusedException(Problem.ALREADY_EVALUATED);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Evaluation> of(UUID dossierId) {
        return repository.findByDossierId(dossierId);
    }
}
