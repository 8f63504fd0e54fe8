package vn.motcua.web.desk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.DeskQueueFilter;

/**
 * The desk queue's GET filter as typed: procedure code, received from / to (dates, inclusive), which dossiers, due
 * soon or overdue, and the page. Anything that is not a valid value counts as no filter, so that a hand-edited link
 * never fails; a date range given backwards is reported.
 */
record QueueFilterForm(String procedure, String from, String to, String state, String due, String page) {

    DeskQueueFilter toFilter() {
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        return new DeskQueueFilter(option(DeskQueueFilter.State.class, state), blankToNull(procedure),
                fromDate == null ? null : fromDate.atStartOfDay(LegalClock.ZONE).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(LegalClock.ZONE).toInstant(),
                option(DeskQueueFilter.Due.class, due));
    }

    /** Whether both dates are given and the range runs backwards. */
    boolean backwards() {
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        return fromDate != null && toDate != null && toDate.isBefore(fromDate);
    }

    /** The link to another page of the same filter. */
    String link(int pageIndex) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/desk");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("procedure", procedure);
        params.put("from", from);
        params.put("to", to);
        params.put("state", state);
        params.put("due", due);
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.queryParam("page", pageIndex).encode().build().toUriString();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E option(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
