package vn.motcua.web.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.motcua.cases.statistics.StatisticsFilter;

/**
 * The statistics filter, sent with GET: a period (ISO dates, both days included), an agency (administrators only)
 * and a procedure. Without dates the page shows the current month.
 */
@StatisticsChecks
record StatisticsForm(String from, String to, String agency, String procedure) {

    static final int MAX_CODE = 32;

    StatisticsForm {
        from = blankToNull(from);
        to = blankToNull(to);
        agency = blankToNull(agency);
        procedure = blankToNull(procedure);
    }

    /** The form with the current month where a date is missing. */
    StatisticsForm withDefaults(LocalDate today) {
        return new StatisticsForm(from == null ? today.withDayOfMonth(1).toString() : from,
                to == null ? today.withDayOfMonth(today.lengthOfMonth()).toString() : to, agency, procedure);
    }

    /** The filter these values ask for, once checked ({@link StatisticsChecks}). */
    StatisticsFilter filter() {
        return new StatisticsFilter(day(from), day(to), agency, procedure);
    }

    /** The day an ISO date names, or {@code null} if none, unreadable or not of the years 2000 to 2100. */
    static LocalDate day(String value) {
        if (value == null || value.length() != 10) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return date.getYear() < 2000 || date.getYear() > 2100 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
