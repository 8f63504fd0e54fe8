package vn.motcua.cases.clock;

import java.time.LocalTime;

import jakarta.persistence.Embeddable;

/**
 * How long the agencies have: a number of working days counted from acceptance (0 = the same working
 * day), or, when {@code workingHours} is set, a number of working hours counted from acceptance; and an optional
 * cut-off after which a dossier counts from the next working day. Embeddable: whoever stores it names the columns.
 */
@Embeddable
public record DeadlineRule(int workingDays, LocalTime cutoff, Integer workingHours) {

    public DeadlineRule {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        if (workingHours != null && workingHours <= 0) {
            throw new IllegalArgumentException("workingHours must be positive");
        }
    }

    /** A deadline in working days. */
    public DeadlineRule(int workingDays, LocalTime cutoff) {
        this(workingDays, cutoff, null);
    }

    /** A deadline in working hours. */
    public static DeadlineRule hours(int workingHours, LocalTime cutoff) {
        return new DeadlineRule(0, cutoff, workingHours);
    }
}
