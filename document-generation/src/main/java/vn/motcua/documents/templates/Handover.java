package vn.motcua.documents.templates;

import java.time.Instant;
import java.util.Objects;

/**
 * One handover of a dossier between units (slip 06).
 *
 * @param fromUnit     the unit handing over, e.g. "Bộ phận một cửa"
 * @param fromPerson   the official handing over
 * @param toUnit       the unit receiving
 * @param toPerson     the official receiving
 * @param handedOverAt when the dossier changed hands
 * @param stepDueAt    when the receiving unit's step is due
 * @param doneAt       when the receiving unit finished its step, or {@code null} while it works on it
 */
public record Handover(String fromUnit, String fromPerson, String toUnit, String toPerson, Instant handedOverAt,
        Instant stepDueAt, Instant doneAt) {

    public Handover {
        Objects.requireNonNull(fromUnit, "fromUnit");
        Objects.requireNonNull(fromPerson, "fromPerson");
        Objects.requireNonNull(toUnit, "toUnit");
        Objects.requireNonNull(toPerson, "toPerson");
        Objects.requireNonNull(handedOverAt, "handedOverAt");
        Objects.requireNonNull(stepDueAt, "stepDueAt");
    }
}
