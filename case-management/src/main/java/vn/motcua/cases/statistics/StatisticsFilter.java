package vn.motcua.cases.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Which dossiers a report counts: those received from {@code from} to {@code to} (both included, days in
 * Asia/Ho_Chi_Minh), optionally by one receiving agency and one procedure (by code).
 *
 * @param agencyCode    the receiving agency, or {@code null} for every agency
 * @param procedureCode the procedure, or {@code null} for every procedure
 */
public record StatisticsFilter(LocalDate from, LocalDate to, String agencyCode, String procedureCode) {

    /** The longest period a report covers: ten years. */
    public static final long MAX_DAYS = 3660;

    public StatisticsFilter {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " – " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new IllegalArgumentException("The period is longer than " + MAX_DAYS + " days");
        }
        agencyCode = agencyCode == null || agencyCode.isBlank() ? null : agencyCode;
        procedureCode = procedureCode == null || procedureCode.isBlank() ? null : procedureCode;
    }

    /** The same filter for another agency (e.g. the one a leader belongs to). */
    public StatisticsFilter forAgency(String agency) {
        return new StatisticsFilter(from, to, agency, procedureCode);
    }
}
