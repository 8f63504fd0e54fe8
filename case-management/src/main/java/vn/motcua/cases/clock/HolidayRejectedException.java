package vn.motcua.cases.clock;

import java.time.LocalDate;

/** A change to the holiday calendar that breaks a rule; nothing was changed. */
public class HolidayRejectedException extends RuntimeException {

    /** Which rule; the portal shows the message {@code holiday.problem.{name}}. */
    public enum Problem {
        NAME_MISSING, NAME_TOO_LONG, RANGE_REVERSED, RANGE_TOO_LONG, IN_THE_PAST, ALREADY_LISTED, NOT_LISTED
    }

    private final Problem problem;
    private final LocalDate day;

    public HolidayRejectedException(Problem problem, LocalDate day) {
        super(problem + (day == null ? "" : " " + day));
        this.problem = problem;
        this.day = day;
    }

    public Problem problem() {
        return problem;
    }

    /** The day the problem is about, or {@code null}. */
    public LocalDate day() {
        return day;
    }
}
