package vn.motcua.web.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.springframework.validation.Errors;

import vn.motcua.cases.statistics.StatisticsFilter;

/**
 * The statistics filter, sent with GET: a period (ISO dates, both days included), an agency (administrators only)
 * and a procedure. Without dates the page shows the current month.
 */
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

    /** The filter, or {@code null} with field errors. */
    StatisticsFilter validate(Errors errors) {
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        if (agency != null && agency.length() > MAX_CODE) {
            errors.rejectValue("agency", "statistics.agency.unknown");
        }
        if (procedure != null && procedure.length() > MAX_CODE) {
            errors.rejectValue("procedure", "statistics.procedure.unknown");
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.rejectValue("to", "statistics.to.beforeFrom");
            } else if (ChronoUnit.DAYS.between(start, end) > StatisticsFilter.MAX_DAYS) {
                errors.rejectValue("to", "statistics.period.tooLong");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new StatisticsFilter(start, end, agency, procedure);
    }

    private static LocalDate date(String field, String value, Errors errors) {
        if (value == null) {
            errors.rejectValue(field, "statistics.date.required");
            return null;
        }
        try {
            LocalDate date = value.length() == 10 ? LocalDate.parse(value) : null;
            if (date == null || date.getYear() < 2000 || date.getYear() > 2100) {
                errors.rejectValue(field, "statistics.date.format");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "statistics.date.format");
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
