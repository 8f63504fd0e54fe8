package vn.motcua.web.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.validation.Errors;

import vn.motcua.cases.audit.AuditLog;
import vn.motcua.cases.clock.LegalClock;

/**
 * The audit log's filters as the browser sends them: who, which trail, and a range of days (in Vietnam's time zone,
 * both ends included). Each is a string, so that what was typed comes back with a message next to it.
 */
record AuditFilterForm(String actor, String source, String from, String to) {

    static AuditFilterForm empty() {
        return new AuditFilterForm("", "", "", "");
    }

    Optional<AuditLog.Search> toSearch(Errors errors) {
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        if (who != null && (who.length() > 100 || who.chars().anyMatch(c -> c < 0x20 || c == 0x7F || Character.isSurrogate((char) c)))) {
            errors.rejectValue("actor", "audit.filter.actor");
        }
        AuditLog.Source trail = null;
        if (source != null && !source.isBlank()) {
            try {
                trail = AuditLog.Source.valueOf(source.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("source", "audit.filter.source");
            }
        }
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            errors.rejectValue("to", "audit.filter.order");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new AuditLog.Search(who, trail,
                fromDay == null ? null : fromDay.atStartOfDay(LegalClock.ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(LegalClock.ZONE).toInstant()));
    }

    private static LocalDate day(String field, String value, Errors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                errors.rejectValue(field, "audit.filter.date");
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "audit.filter.date");
            return null;
        }
    }
}
