package vn.motcua.web.dataaccess;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.cases.access.AccessOutcome;
import vn.motcua.cases.access.AccessSearch;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.web.support.FormText;
import vn.motcua.workflow.access.StaffReads;

/**
 * The administrators' filters of the access log as the browser sends them: every field a string, so that whatever is
 * typed comes back to the form with a message next to it instead of a conversion error. Dates are days in Vietnam's
 * time zone, both ends included. The free texts are at most as long as the log's columns (a longer one cannot match
 * anything); the other filters are checked by {@link AccessFilters}.
 */
@AccessFilters
record AccessFilterForm(@FormText(max = AccessFilterForm.SUBJECT_MAX) String subject,
        @FormText(max = AccessFilterForm.UNIT_MAX) String requestingUnit,
        @FormText(max = AccessFilterForm.ACTOR_MAX) String actor,
        @FormText(max = AccessFilterForm.PURPOSE_MAX) String purpose, String service, String outcome, String from,
        String to) {

    /**
     * The service codes recorded: the LGSP connector's (the {@code X-Service-Code} of each call that touches personal
     * data) and the staff reads inside the portal.
     */
    static final List<String> SERVICES = List.of("POPULATION_PROFILE", "POPULATION_VERIFY", "POPULATION_HOUSEHOLD",
            "CIVIL_STATUS_RECORD", "CIVIL_STATUS_RECORDS_OF", "BUSINESS_PROFILE", "INSURANCE_CHILD_CARD",
            "NATIONAL_PORTAL_SYNC", StaffReads.DOSSIER, StaffReads.ATTACHMENT, StaffReads.DOCUMENT);

    static final Pattern SERVICE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Column widths of the log table. */
    static final int SUBJECT_MAX = 20;
    static final int UNIT_MAX = 32;
    static final int ACTOR_MAX = 100;
    static final int PURPOSE_MAX = 200;

    static AccessFilterForm empty() {
        return new AccessFilterForm("", "", "", "", "", "", "", "");
    }

    /**
     * The search these filters ask for.
     *
     * @param errors the filters' problems, once checked
     * @return the search, or empty when a filter was refused
     */
    Optional<AccessSearch> toSearch(Errors errors) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        return Optional.of(new AccessSearch(blankToNull(subject), blankToNull(requestingUnit), blankToNull(actor),
                blankToNull(purpose), blankToNull(service), outcomeValue(),
                fromDay == null ? null : fromDay.atStartOfDay(LegalClock.ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(LegalClock.ZONE).toInstant()));
    }

    /** The outcome chosen, or {@code null} for any or for a name that is none. */
    AccessOutcome outcomeValue() {
        String name = blankToNull(outcome);
        if (name != null) {
            try {
                return AccessOutcome.valueOf(name);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** This search's address at another page (counted from 0), keeping the filters that are set. */
    String href(String path, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        param(uri, "subject", subject);
        param(uri, "requestingUnit", requestingUnit);
        param(uri, "actor", actor);
        param(uri, "purpose", purpose);
        param(uri, "service", service);
        param(uri, "outcome", outcome);
        param(uri, "from", from);
        param(uri, "to", to);
        // Built without template expansion, then encoded: a brace in a filter is text, not a URI variable.
        return uri.queryParam("page", page).build().encode().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, String value) {
        if (blankToNull(value) != null) {
            uri.queryParam(name, value.trim());
        }
    }

    /** The day typed (ISO or day/month/year), or {@code null} if none or unreadable. */
    static LocalDate day(String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : List.of(ISO, TYPED)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return null;
    }

    /** Blank is no filter; NUL characters are dropped, since no stored text can contain them. */
    static String blankToNull(String value) {
        String text = value == null ? null : value.replace("\u0000", "");
        return text == null || text.isBlank() ? null : text.trim();
    }
}
