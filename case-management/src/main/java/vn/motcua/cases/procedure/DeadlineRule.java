package vn.motcua.cases.procedure;

import java.time.LocalTime;

/**
 * How long the agencies have: a number of working days counted from acceptance (0 = the same working
 * day), and an optional cut-off after which a dossier counts from the next working day.
 */
public record DeadlineRule(int workingDays, LocalTime cutoff) {

    public DeadlineRule {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
    }
}
