package vn.motcua.cases.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.cases.clock.HolidayRejectedException.Problem;

/**
 * The holiday calendar administrators keep per year: public holidays and the compensatory days the government
 * announces. Days already past are history (due dates were counted over them) and cannot be added or removed; a day
 * is listed once. A change counts for dossiers accepted afterwards and for due dates moved by later pauses; due dates
 * already set stay.
 */
@Service
public class HolidayCalendar {

    /** The longest range added at once (Tết with its compensatory days is shorter). */
    public static final int MAX_RANGE_DAYS = 31;
    public static final int MAX_NAME_LENGTH = 200;

    private final Holidays holidays;
    private final Clock clock;

    HolidayCalendar(Holidays holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<HolidayEntry> ofYear(int year) {
        return holidays.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(holiday -> new HolidayEntry(holiday.day(), holiday.name())).toList();
    }

    /** Today in Ho Chi Minh City: the first day that may still change. */
    public LocalDate today() {
        return clock.instant().atZone(LegalClock.ZONE).toLocalDate();
    }

    /**
     * Adds every day from {@code from} to {@code to} (inclusive; {@code to} may be {@code null} for one day) under
     * one name, or none of them.
     *
     * @throws HolidayRejectedException if the name is missing or too long, the range is reversed or too long, a day
     *                                  is before today, or a day is listed already
     */
    @Transactional
    public List<HolidayEntry> add(LocalDate from, LocalDate to, String name) {
        LocalDate last = to == null ? from : to;
        String cleaned = name == null ? "" : name.replace("\u0000", "").strip();
        if (cleaned.isEmpty()) {
            throw new HolidayRejectedException(Problem.NAME_MISSING, null);
        }
        if (cleaned.length() > MAX_NAME_LENGTH) {
            throw new HolidayRejectedException(Problem.NAME_TOO_LONG, null);
        }
        if (last.isBefore(from)) {
            throw new HolidayRejectedException(Problem.RANGE_REVERSED, last);
        }
        if (from.plusDays(MAX_RANGE_DAYS - 1L).isBefore(last)) {
            throw new HolidayRejectedException(Problem.RANGE_TOO_LONG, last);
        }
        if (from.isBefore(today())) {
            throw new HolidayRejectedException(Problem.IN_THE_PAST, from);
        }
        List<Holiday> clashes = holidays.findByDayBetweenOrderByDay(from, last);
        if (!clashes.isEmpty()) {
            throw new HolidayRejectedException(Problem.ALREADY_LISTED, clashes.get(0).day());
        }
        List<HolidayEntry> added = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            holidays.save(new Holiday(day, cleaned));
            added.add(new HolidayEntry(day, cleaned));
        }
        return added;
    }

    /**
     * Removes a day from the calendar.
     *
     * @throws HolidayRejectedException if the day is not listed or is before today
     */
    @Transactional
    public void delete(LocalDate day) {
        if (!holidays.existsById(day)) {
            throw new HolidayRejectedException(Problem.NOT_LISTED, day);
        }
        if (day.isBefore(today())) {
            throw new HolidayRejectedException(Problem.IN_THE_PAST, day);
        }
        holidays.deleteById(day);
    }
}
