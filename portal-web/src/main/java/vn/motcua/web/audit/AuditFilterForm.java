package vn.motcua.web.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.validation.Errors;

import vn.motcua.cases.audit.AuditLog;
import vn.motcua.cases.clock.LegalClock;

/**
 * The audit log's filters as the browser sends them: who, which trail, and a range of days (in Vietnam's time zone,
 * both ends included). Each is a string, so that what was typed comes back with a message next to it; they are
 * checked by {@link AuditFilters}.
 */
@AuditFilters
record AuditFilterForm(String actor, String source, String from, String to) {

    static AuditFilterForm empty() {
        return new AuditFilterForm("", "", "", "");
    }

    /**
     * The search these filters ask for.
     *
     * @param errors the filters' problems, once checked
     * @return the search, or empty when a filter was refused
     */
    Optional<AuditLog.Search> toSearch(Errors errors) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        return Optional.of(new AuditLog.Search(who(), trail(),
                fromDay == null ? null : fromDay.atStartOfDay(LegalClock.ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(LegalClock.ZONE).toInstant()));
    }

    /** The user name asked for, stripped; {@code null} for anyone. */
    String who() {
        return actor == null || actor.isBlank() ? null : actor.strip();
    }

    /** The trail chosen; {@code null} for any, or for a name that is none. */
    AuditLog.Source trail() {
        if (source == null || source.isBlank()) {
            return null;
        }
        try {
            return AuditLog.Source.valueOf(source.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The ISO date's day, or {@code null} if none, unreadable or not of the years 2000 to 2100. */
    static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            return day.getYear() < 2000 || day.getYear() > 2100 ? null : day;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
