package vn.motcua.web.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.motcua.cases.clock.LegalClock;

/** Formats dates for pages, always in Vietnam's time zone ({@code ${@dates.dateTime(x)}} in templates). */
@Component("dates")
public class DisplayDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(LegalClock.ZONE));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(LegalClock.ZONE));
    }

    /** A date kept as ISO text (yyyy-MM-dd), as in a dossier's form data. */
    public String isoDate(Object iso) {
        return iso == null || iso.toString().isBlank() ? "" : DATE.format(LocalDate.parse(iso.toString()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
