package vn.motcua.web.dataaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;

import jakarta.validation.Validation;
import vn.motcua.cases.access.AccessOutcome;
import vn.motcua.cases.access.AccessSearch;
import vn.motcua.cases.access.ChainVerification.Breach;
import vn.motcua.web.support.FormValidation;

class AccessFilterFormTest {

    private static AccessFilterForm form(String subject, String service, String outcome, String from, String to) {
        return new AccessFilterForm(subject, "", "", "", service, outcome, from, to);
    }

    /** The form's problems as the page gets them: bound as "filters" and checked with the portal's validation. */
    private static BindingResult errorsOf(AccessFilterForm form) {
        DataBinder binder = new DataBinder(form, "filters");
        binder.setValidator(new FormValidation(Validation.buildDefaultValidatorFactory().getValidator()));
        binder.validate();
        return binder.getBindingResult();
    }

    @Test
    void daysAreTakenInVietnamsTimeZoneWithBothEndsIncluded() {
        AccessFilterForm form = form(" 079090001234 ", "POPULATION_PROFILE", "FAILED", "2026-01-10", "11/1/2026");
        BindingResult errors = errorsOf(form);

        AccessSearch search = form.toSearch(errors).orElseThrow();

        assertThat(errors.hasErrors()).isFalse();
        assertThat(search.subject()).isEqualTo("079090001234");
        assertThat(search.serviceCode()).isEqualTo("POPULATION_PROFILE");
        assertThat(search.outcome()).isEqualTo(AccessOutcome.FAILED);
        assertThat(search.from()).isEqualTo(Instant.parse("2026-01-09T17:00:00Z"));
        assertThat(search.to()).isEqualTo(Instant.parse("2026-01-11T17:00:00Z"));
        assertThat(search.requestingUnit()).isNull();
        assertThat(search.actor()).isNull();
    }

    @Test
    void anUnreadableDateIsRefusedOnItsOwnField() {
        AccessFilterForm form = form("", "", "", "31/02/2026", "tomorrow");
        BindingResult errors = errorsOf(form);

        assertThat(form.toSearch(errors)).isEmpty();
        assertThat(errors.getFieldError("from").getCode()).isEqualTo("admin.access.filter.date");
        assertThat(errors.getFieldError("to").getCode()).isEqualTo("admin.access.filter.date");
        assertThat(errors.getFieldValue("from")).isEqualTo("31/02/2026");
    }

    @Test
    void anEndBeforeTheStartAnUnknownOutcomeAServiceCodeOfTheWrongFormAndAnOverlongSubjectAreRefused() {
        AccessFilterForm form = form("0".repeat(21), "population.profile'--", "MAYBE", "2026-02-01", "2026-01-31");
        BindingResult errors = errorsOf(form);

        Optional<AccessSearch> search = form.toSearch(errors);

        assertThat(search).isEmpty();
        assertThat(errors.getFieldError("to").getCode()).isEqualTo("admin.access.filter.range");
        assertThat(errors.getFieldError("outcome").getCode()).isEqualTo("admin.access.filter.outcome");
        assertThat(errors.getFieldError("service").getCode()).isEqualTo("admin.access.filter.service");
        assertThat(errors.getFieldError("subject").getCode()).isEqualTo("form.tooLong");
        assertThat(errors.getFieldError("subject").getArguments()).containsExactly(20);
    }

    @Test
    void pageLinksKeepTheFiltersThatAreSetAndEncodeThem() {
        AccessFilterForm form = new AccessFilterForm("079090001234", "", "cán bộ {x}", "", "", "OK", "2026-01-10", "");

        assertThat(form.href("/admin/data-access", 2)).isEqualTo("/admin/data-access?subject=079090001234"
                + "&actor=c%C3%A1n%20b%E1%BB%99%20%7Bx%7D&outcome=OK&from=2026-01-10&page=2");
    }

    @Test
    void everyServiceOutcomeAndBreachThePagesNameHasATextInBothLanguages() throws IOException {
        for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream(bundle)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String service : AccessFilterForm.SERVICES) {
                assertThat(messages.getProperty("service." + service)).as(bundle + " service." + service).isNotBlank();
            }
            for (AccessOutcome outcome : AccessOutcome.values()) {
                assertThat(messages.getProperty("access.outcome." + outcome.name())).as(bundle).isNotBlank();
            }
            for (Breach breach : Breach.values()) {
                assertThat(messages.getProperty("admin.access.breach." + breach.name())).as(bundle).isNotBlank();
            }
        }
    }
}
