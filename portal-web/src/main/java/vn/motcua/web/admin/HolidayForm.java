package vn.motcua.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day or a range of days off to add: ISO dates as the date inputs send them, and the name. */
record HolidayForm(@HolidayDate(required = true) String from, @HolidayDate String to, String name) {

    /** The years the calendar pages show. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** The first day, once the form is valid. */
    LocalDate fromDay() {
        return day(from);
    }

    /** The last day, or {@code null} for a single day; once the form is valid. */
    LocalDate toDay() {
        return day(to);
    }

    /** The day a date input sent, or {@code null} if none or not one of the years shown. */
    static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
