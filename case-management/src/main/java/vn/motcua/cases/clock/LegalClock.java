package vn.motcua.cases.clock;

import java.time.DayOfWeek;
import java.time.Duration;
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

    /** Start of office hours: working time, e.g. a supplement's pause, counts from here to {@link #OFFICE_CLOSES}. */
    public static final LocalTime OFFICE_OPENS = LocalTime.of(7, 30);

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

    /**
     * Working time between two instants: the part of them that falls within office hours of working days. Used to
     * measure how long the legal clock was paused.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZonedDateTime start = from.atZone(ZONE);
        ZonedDateTime end = to.atZone(ZONE);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            ZonedDateTime opens = day.atTime(OFFICE_OPENS).atZone(ZONE);
            ZonedDateTime closes = day.atTime(OFFICE_CLOSES).atZone(ZONE);
            ZonedDateTime a = start.isAfter(opens) ? start : opens;
            ZonedDateTime b = end.isBefore(closes) ? end : closes;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /**
     * The instant that lies the given working time after {@code from}, counting only office hours of working days.
     * A due date moved by a paused working time stays within office hours.
     */
    public Instant plusWorkingTime(Instant from, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("workingTime must not be negative");
        }
        Duration remaining = workingTime;
        ZonedDateTime cursor = from.atZone(ZONE);
        if (remaining.isZero()) {
            return from;
        }
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (isWorkingDay(day)) {
                ZonedDateTime opens = day.atTime(OFFICE_OPENS).atZone(ZONE);
                ZonedDateTime closes = day.atTime(OFFICE_CLOSES).atZone(ZONE);
                ZonedDateTime start = cursor.isAfter(opens) ? cursor : opens;
                if (start.isBefore(closes)) {
                    Duration available = Duration.between(start, closes);
                    if (remaining.compareTo(available) <= 0) {
                        return start.plus(remaining).toInstant();
                    }
                    remaining = remaining.minus(available);
                }
            }
            cursor = nextWorkingDay(day).atTime(OFFICE_OPENS).atZone(ZONE);
        }
    }
}
