package vn.motcua.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.motcua.cases.procedure.DeadlineRule;

class LegalClockTest {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
    private final LegalClock clock = new LegalClock(HOLIDAYS::contains);

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LegalClock.ZONE).toInstant();
    }

    private static LocalDateTime localOf(Instant instant) {
        return instant.atZone(LegalClock.ZONE).toLocalDateTime();
    }

    @Test
    void sameDayProcedureIsDueAtCloseOfTheDayWhenAcceptedBeforeTheCutOff() {
        Instant due = clock.dueAt(local("2026-11-26T10:00"), new DeadlineRule(0, LocalTime.of(15, 0)));
        assertThat(localOf(due)).isEqualTo(LocalDateTime.parse("2026-11-26T17:00"));
    }

    @Test
    void afterTheCutOffCountsFromTheNextWorkingDay() {
        Instant due = clock.dueAt(local("2026-11-27T15:30"), new DeadlineRule(0, LocalTime.of(15, 0)));
        assertThat(localOf(due)).as("Friday after 15:00 runs from Monday").isEqualTo(LocalDateTime.parse("2026-11-30T17:00"));
    }

    @Test
    void skipsWeekendsAndHolidays() {
        Instant due = clock.dueAt(local("2026-08-28T09:00"), new DeadlineRule(3, null));
        assertThat(localOf(due)).as("Fri 28 Aug + 3 working days skips the weekend and 1–2 Sep")
                .isEqualTo(LocalDateTime.parse("2026-09-04T17:00"));
    }

    @Test
    void acceptanceOnAHolidayOrAfterOfficeHoursStartsOnTheNextWorkingDay() {
        assertThat(clock.firstCountedDay(local("2026-09-01T09:00"), null)).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(clock.firstCountedDay(local("2026-11-26T18:00"), null)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(clock.firstCountedDay(local("2026-11-28T09:00"), null)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
