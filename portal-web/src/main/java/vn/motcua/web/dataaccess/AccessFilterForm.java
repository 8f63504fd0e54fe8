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

/**
 * The administrators' filters of the access log as the browser sends them: every field a string, so that whatever is
 * typed comes back to the form with a message next to it instead of a conversion error. Dates are days in Vietnam's
 * time zone, both ends included.
 */
record AccessFilterForm(String subject, String requestingUnit, String actor, String purpose, String service,
        String outcome, String from, String to) {

    /** The service codes the LGSP connector records (the {@code X-Service-Code} of each call that touches personal data). */
    static final List<String> SERVICES = List.of("POPULATION_PROFILE", "POPULATION_VERIFY", "POPULATION_HOUSEHOLD",
            "CIVIL_STATUS_RECORD", "CIVIL_STATUS_RECORDS_OF", "BUSINESS_PROFILE", "INSURANCE_CHILD_CARD",
            "NATIONAL_PORTAL_SYNC");

    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,99}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Column widths of the log table; a longer filter cannot match anything and is refused. */
    private static final int SUBJECT_MAX = 20;
    private static final int UNIT_MAX = 32;
    private static final int ACTOR_MAX = 100;
    private static final int PURPOSE_MAX = 200;

    static AccessFilterForm empty() {
        return new AccessFilterForm("", "", "", "", "", "", "", "");
    }

    /**
     * Checks the filters and, when every one is usable, gives the search.
     *
     * @param errors where a problem is recorded against its field
     * @return the search, or empty when a filter was refused
     */
    Optional<AccessSearch> toSearch(Errors errors) {
        String subject = text("subject", this.subject, SUBJECT_MAX, errors);
        String unit = text("requestingUnit", requestingUnit, UNIT_MAX, errors);
        String actor = text("actor", this.actor, ACTOR_MAX, errors);
        String purpose = text("purpose", this.purpose, PURPOSE_MAX, errors);
        String service = blankToNull(this.service);
        if (service != null && !SERVICE_CODE.matcher(service).matches()) {
            errors.rejectValue("service", "admin.access.filter.service");
        }
        AccessOutcome outcome = null;
        String outcomeName = blankToNull(this.outcome);
        if (outcomeName != null) {
            try {
                outcome = AccessOutcome.valueOf(outcomeName);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("outcome", "admin.access.filter.outcome");
            }
        }
        LocalDate fromDay = date("from", from, errors);
        LocalDate toDay = date("to", to, errors);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.rejectValue("to", "admin.access.filter.range");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new AccessSearch(subject, unit, actor, purpose, service, outcome,
                fromDay == null ? null : fromDay.atStartOfDay(LegalClock.ZONE).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(LegalClock.ZONE).toInstant()));
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

    private static String text(String field, String value, int max, Errors errors) {
        String text = blankToNull(value);
        if (text != null && text.length() > max) {
            errors.rejectValue(field, "form.tooLong", new Object[] { max }, null);
            return null;
        }
        return text;
    }

    private static LocalDate date(String field, String value, Errors errors) {
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
        errors.rejectValue(field, "admin.access.filter.date");
        return null;
    }

    /** Blank is no filter; NUL characters are dropped, since no stored text can contain them. */
    private static String blankToNull(String value) {
        String text = value == null ? null : value.replace("\u0000", "");
        return text == null || text.isBlank() ? null : text.trim();
    }
}
