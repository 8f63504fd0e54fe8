package vn.motcua.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Working time within office hours (07:30–11:30 and 13:00–17:00 on working days), as a paused legal clock measures it. */
class WorkingTimeTest {

    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
    private final LegalClock clock = new LegalClock(HOLIDAYS::contains);

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LegalClock.ZONE).toInstant();
    }

    @Test
    void countsOnlyOfficeHoursOfWorkingDays() {
        assertThat(clock.workingTimeBetween(local("2026-11-26T10:00"), local("2026-11-26T14:30")))
                .as("the lunch break does not count").isEqualTo(Duration.ofMinutes(180));
        assertThat(clock.workingTimeBetween(local("2026-11-26T11:45"), local("2026-11-26T12:45"))).isZero();
        assertThat(clock.workingTimeBetween(local("2026-11-26T00:00"), local("2026-11-27T00:00")))
                .isEqualTo(LegalClock.WORKING_DAY);
        assertThat(clock.workingTimeBetween(local("2026-11-26T16:00"), local("2026-11-27T09:00")))
                .as("an hour on Thursday, an hour and a half on Friday").isEqualTo(Duration.ofMinutes(150));
        assertThat(clock.workingTimeBetween(local("2026-11-27T16:00"), local("2026-11-30T08:30")))
                .as("the weekend does not count").isEqualTo(Duration.ofMinutes(120));
        assertThat(clock.workingTimeBetween(local("2026-11-28T09:00"), local("2026-11-29T18:00"))).isZero();
        assertThat(clock.workingTimeBetween(local("2026-08-31T17:00"), local("2026-09-03T07:30")))
                .as("the two National Day holidays do not count").isZero();
        assertThat(clock.workingTimeBetween(local("2026-11-26T20:00"), local("2026-11-26T10:00"))).isZero();
    }

    @Test
    void addsWorkingTimeWithinOfficeHours() {
        assertThat(clock.plusWorkingTime(local("2026-11-26T10:00"), Duration.ofHours(2)))
                .as("across the lunch break").isEqualTo(local("2026-11-26T13:30"));
        assertThat(clock.plusWorkingTime(local("2026-11-26T10:00"), Duration.ofMinutes(90)))
                .as("ends at the close of the morning").isEqualTo(local("2026-11-26T11:30"));
        assertThat(clock.plusWorkingTime(local("2026-11-26T12:15"), Duration.ofMinutes(15)))
                .as("from within the lunch break").isEqualTo(local("2026-11-26T13:15"));
        assertThat(clock.plusWorkingTime(local("2026-11-26T17:00"), Duration.ofHours(2)))
                .as("from the close of Thursday into Friday morning").isEqualTo(local("2026-11-27T09:30"));
        assertThat(clock.plusWorkingTime(local("2026-11-27T16:00"), Duration.ofHours(3)))
                .as("over the weekend").isEqualTo(local("2026-11-30T09:30"));
        assertThat(clock.plusWorkingTime(local("2026-08-31T17:00"), Duration.ofMinutes(30)))
                .as("over the holidays").isEqualTo(local("2026-09-03T08:00"));
        assertThat(clock.plusWorkingTime(local("2026-11-26T17:00"), LegalClock.WORKING_DAY))
                .as("a whole working day later is the close of the next one").isEqualTo(local("2026-11-27T17:00"));
        assertThat(clock.plusWorkingTime(local("2026-11-26T17:00"), Duration.ZERO)).isEqualTo(local("2026-11-26T17:00"));
    }

    @Test
    void movingADueDateByAPauseKeepsTheRemainingWorkingTime() {
        Instant due = local("2026-12-03T17:00");
        Instant pausedAt = local("2026-11-27T15:00");
        Instant resumedAt = local("2026-12-01T10:00");
        Duration remainingBefore = clock.workingTimeBetween(pausedAt, due);

        Instant moved = clock.plusWorkingTime(due, clock.workingTimeBetween(pausedAt, resumedAt));

        assertThat(clock.workingTimeBetween(resumedAt, moved)).isEqualTo(remainingBefore);
    }
}
