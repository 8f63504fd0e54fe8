package vn.motcua.cases.clock;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

import vn.motcua.cases.procedure.DeadlineRule;

/**
 * Counts working days in Vietnam: Monday to Friday, less the public holidays the predicate names.
 * A dossier accepted on a working day before the cut-off (or before the end of office hours when the
 * procedure has none) counts from that day; otherwise from the next working day. The due time is the
 * end of office hours of the last working day.
 */
public final class LegalClock {

    /** Local time of every date the portal shows and counts. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** End of office hours: the due time on the last working day, and the implicit cut-off. */
    public static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 0);

    private final Predicate<LocalDate> holiday;

    public LegalClock(Predicate<LocalDate> holiday) {
        this.holiday = holiday;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holiday.test(day);
    }

    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The first working day the legal time runs on, for a dossier accepted at the given instant. */
    public LocalDate firstCountedDay(Instant acceptedAt, LocalTime cutoff) {
        ZonedDateTime local = acceptedAt.atZone(ZONE);
        LocalTime limit = cutoff != null && cutoff.isBefore(OFFICE_CLOSES) ? cutoff : OFFICE_CLOSES;
        LocalDate day = local.toLocalDate();
        if (isWorkingDay(day) && local.toLocalTime().isBefore(limit)) {
            return day;
        }
        return nextWorkingDay(day);
    }

    /** The due date and time (ngày hẹn trả) of a dossier accepted at the given instant. */
    public Instant dueAt(Instant acceptedAt, DeadlineRule rule) {
        LocalDate day = firstCountedDay(acceptedAt, rule.cutoff());
        for (int i = 0; i < rule.workingDays(); i++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(OFFICE_CLOSES).atZone(ZONE).toInstant();
    }
}
