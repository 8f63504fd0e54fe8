package vn.motcua.cases.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The legal clock over the holiday calendar kept in the database. */
@Service
public class WorkingCalendar {

    private final Holidays holidays;

    WorkingCalendar(Holidays holidays) {
        this.holidays = holidays;
    }

    /** Due date of a dossier accepted now under the given rule. */
    @Transactional(readOnly = true)
    public Instant dueAt(Instant acceptedAt, DeadlineRule rule) {
        return clock().dueAt(acceptedAt, rule);
    }

    /** The legal clock over the holidays as they are now, for computations a dossier makes itself. */
    @Transactional(readOnly = true)
    public LegalClock legalClock() {
        return clock();
    }

    private LegalClock clock() {
        Set<LocalDate> days = holidays.findAll().stream().map(Holiday::day).collect(Collectors.toUnmodifiableSet());
        return new LegalClock(days::contains);
    }
}
