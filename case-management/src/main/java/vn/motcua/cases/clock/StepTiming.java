package vn.motcua.cases.clock;

import java.time.Instant;
import java.util.UUID;

/**
 * The timing of one step of a dossier.
 *
 * @param dueAt    when its share of the deadline runs out, or {@code null} for a step without a budget
 * @param closedAt when it closed, or {@code null} while open
 * @param onTime   whether it closed by its due time; {@code null} while open, without a budget, or when cancelled
 */
public record StepTiming(String taskId, UUID dossierId, String taskKey, String agencyCode, Instant openedAt,
        Instant dueAt, Instant warnedAt, Instant closedAt, Boolean onTime) {

    /** Whether the step ran past its due time: closed late, or still open after it at the given instant. */
    public boolean isLate(Instant now) {
        if (dueAt == null) {
            return false;
        }
        return closedAt != null ? closedAt.isAfter(dueAt) : now.isAfter(dueAt);
    }
}
