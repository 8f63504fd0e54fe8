package vn.motcua.cases.clock;

import java.time.LocalDate;

/** A day off in the calendar, as administrators see it. */
public record HolidayEntry(LocalDate day, String name) {
}
