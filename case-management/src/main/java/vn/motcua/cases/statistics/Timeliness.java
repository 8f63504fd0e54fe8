package vn.motcua.cases.statistics;

import java.time.Instant;
import java.time.ZoneId;

import vn.motcua.cases.dossier.DossierStatus;

/** Where a dossier stands against its due date, as the register shows it. */
public enum Timeliness {
    /** Finished on a day before the due date. */
    EARLY,
    /** Finished on the due date, not after the due time (or finished without a due date). */
    ON_TIME,
    /** Finished after the due time. */
    LATE,
    /** Still open and within its due time (or not yet accepted). */
    IN_TIME,
    /** Still open after its due time. */
    OVERDUE,
    /** Refused, withdrawn or stopped: no result is due. */
    CLOSED;

    private static final ZoneId ZONE = vn.motcua.cases.clock.LegalClock.ZONE;

    /** The same rule as the statistics summary's. */
    public static Timeliness of(DossierStatus status, Instant due, Instant completed, Instant now) {
        return switch (status) {
            case RESULT_READY, RESULT_DELIVERED -> {
                if (due == null || completed == null) {
                    yield ON_TIME;
                }
                if (completed.isAfter(due)) {
                    yield LATE;
                }
                yield completed.atZone(ZONE).toLocalDate().isBefore(due.atZone(ZONE).toLocalDate()) ? EARLY : ON_TIME;
            }
            case REFUSED, WITHDRAWN, STOPPED -> CLOSED;
            default -> due != null && now.isAfter(due) ? OVERDUE : IN_TIME;
        };
    }

    public String messageKey() {
        return "statistics.timeliness." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
