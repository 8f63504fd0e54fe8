package vn.motcua.cases.clock;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * Counts working days in Vietnam: Monday to Friday, less the public holidays the predicate names.
 * A dossier accepted on a working day before the cut-off (or before the end of office hours when the
 * procedure has none) counts from that day; otherwise from the next working day. The due time is the
 * end of office hours of the last working day. A deadline in hours counts working hours (07:30–11:30, 13:00–17:00)
 * from acceptance instead.
 */
public final class LegalClock {

    /** Local time of every date the portal shows and counts. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** End of office hours: the due time on the last working day, and the implicit cut-off. */
    public static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 0);

    /** Start of office hours: working time, e.g. a supplement's pause, counts from here to {@link #OFFICE_CLOSES}. */
    public static final LocalTime OFFICE_OPENS = LocalTime.of(7, 30);

    /** The two sessions of a working day, 07:30–11:30 and 13:00–17:00: eight working hours, the lunch break not counted. */
    private static final LocalTime[][] SESSIONS = {
            { OFFICE_OPENS, LocalTime.of(11, 30) }, { LocalTime.of(13, 0), OFFICE_CLOSES } };

    /** Office hours of one working day. */
    public static final Duration WORKING_DAY = Duration.ofHours(8);

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
        if (rule.workingHours() != null) {
            return dueAfterHours(acceptedAt, rule.workingHours(), rule.cutoff());
        }
        LocalDate day = firstCountedDay(acceptedAt, rule.cutoff());
        for (int i = 0; i < rule.workingDays(); i++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(OFFICE_CLOSES).atZone(ZONE).toInstant();
    }

    /**
     * Working time between two instants: the part of them that falls within office hours of working days
     * ({@link #SESSIONS}). Used to measure how long the legal clock was paused and how much of a budget is spent.
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
            for (LocalTime[] session : SESSIONS) {
                ZonedDateTime opens = day.atTime(session[0]).atZone(ZONE);
                ZonedDateTime closes = day.atTime(session[1]).atZone(ZONE);
                ZonedDateTime a = start.isAfter(opens) ? start : opens;
                ZonedDateTime b = end.isBefore(closes) ? end : closes;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    /**
     * The instant that lies the given working time after {@code from}, counting only office hours of working days.
     * A due date moved by a paused working time stays within office hours; a time that ends exactly at the close of a
     * session is that close (11:30 or 17:00), not the opening of the next.
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
                for (LocalTime[] session : SESSIONS) {
                    ZonedDateTime opens = day.atTime(session[0]).atZone(ZONE);
                    ZonedDateTime closes = day.atTime(session[1]).atZone(ZONE);
                    ZonedDateTime start = cursor.isAfter(opens) ? cursor : opens;
                    if (start.isBefore(closes)) {
                        Duration available = Duration.between(start, closes);
                        if (remaining.compareTo(available) <= 0) {
                            return start.plus(remaining).toInstant();
                        }
                        remaining = remaining.minus(available);
                    }
                }
            }
            cursor = nextWorkingDay(day).atTime(OFFICE_OPENS).atZone(ZONE);
        }
    }

    /**
     * The due time of a deadline counted in working hours from the given start (e.g. acceptance): the start moves to
     * the next working time when it falls outside office hours or after the cut-off.
     */
    public Instant dueAfterHours(Instant acceptedAt, int workingHours, LocalTime cutoff) {
        LocalDate first = firstCountedDay(acceptedAt, cutoff);
        Instant start = first.equals(acceptedAt.atZone(ZONE).toLocalDate()) ? acceptedAt
                : first.atTime(OFFICE_OPENS).atZone(ZONE).toInstant();
        return plusWorkingTime(start, Duration.ofHours(workingHours));
    }

    /**
     * The whole working time a deadline rule grants: its hours, or its working days counted as whole days of office
     * hours (a same-day rule grants one day). Steps take their shares of it.
     */
    public static Duration grantedWorkingTime(DeadlineRule rule) {
        if (rule.workingHours() != null) {
            return Duration.ofHours(rule.workingHours());
        }
        return WORKING_DAY.multipliedBy(rule.workingDays() + 1L);
    }
}
