package vn.motcua.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

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

    @Test
    void aDeadlineInHoursCountsWorkingHoursFromAcceptance() {
        assertThat(localOf(clock.dueAt(local("2026-11-26T10:00"), DeadlineRule.hours(4, null))))
                .as("10:00 + 4 h skips the lunch break").isEqualTo(LocalDateTime.parse("2026-11-26T15:30"));
        assertThat(localOf(clock.dueAt(local("2026-11-27T14:00"), DeadlineRule.hours(8, null))))
                .as("Friday 14:00 + 8 h runs into Monday").isEqualTo(LocalDateTime.parse("2026-11-30T14:00"));
        assertThat(localOf(clock.dueAt(local("2026-08-31T16:00"), DeadlineRule.hours(2, null))))
                .as("over the National Day holidays").isEqualTo(LocalDateTime.parse("2026-09-03T08:30"));
    }

    @Test
    void aDeadlineInHoursAfterTheCutOffOrOnAWeekendStartsAtTheNextOpening() {
        assertThat(localOf(clock.dueAt(local("2026-11-26T15:30"), DeadlineRule.hours(4, LocalTime.of(15, 0)))))
                .isEqualTo(LocalDateTime.parse("2026-11-27T11:30"));
        assertThat(localOf(clock.dueAt(local("2026-11-28T10:00"), DeadlineRule.hours(1, null))))
                .isEqualTo(LocalDateTime.parse("2026-11-30T08:30"));
    }

    @Test
    void aRuleGrantsItsHoursOrWholeWorkingDays() {
        assertThat(LegalClock.grantedWorkingTime(DeadlineRule.hours(6, null))).hasHours(6);
        assertThat(LegalClock.grantedWorkingTime(new DeadlineRule(0, LocalTime.of(15, 0)))).as("the same day").hasHours(8);
        assertThat(LegalClock.grantedWorkingTime(new DeadlineRule(3, null))).hasHours(32);
    }

    @Test
    void pausingAndResumingMovesTheDueDateByThePausedWorkingTime() {
        Instant due = clock.dueAt(local("2026-11-26T10:00"), new DeadlineRule(3, null));
        assertThat(localOf(due)).isEqualTo(LocalDateTime.parse("2026-12-01T17:00"));
        Instant pausedAt = local("2026-11-27T10:00");
        Instant resumedAt = local("2026-11-30T14:00");
        Instant moved = clock.plusWorkingTime(due, clock.workingTimeBetween(pausedAt, resumedAt));
        assertThat(localOf(moved)).as("Friday 10:00–17:00 (5.5 h) and Monday 07:30–14:00 (5 h) of pause, one day and 2.5 h")
                .isEqualTo(LocalDateTime.parse("2026-12-03T10:00"));
    }
}
