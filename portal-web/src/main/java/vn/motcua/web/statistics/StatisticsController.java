package vn.motcua.web.statistics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.statistics.Choice;
import vn.motcua.cases.statistics.DossierStatistics;
import vn.motcua.cases.statistics.StatisticsFilter;
import vn.motcua.cases.statistics.StatisticsReport;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.FormValidation;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.statistics.RegisterPdfs;

/**
 * Statistics of dossiers received: administrators see every agency ({@code /admin/statistics}), a leader sees the
 * agency they belong to ({@code /statistics}, whatever agency the query names). Each page has CSV and Excel exports
 * of what it shows and the signed dossier register (slip 07) of one agency.
 */
@Controller
class StatisticsController {

    static final String VIEW = "statistics/statistics";
    static final String ADMIN_PATH = "/admin/statistics";
    static final String LEADER_PATH = "/statistics";
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String CSV_PART = "/export.csv";
    private static final String XLSX_PART = "/export.xlsx";
    private static final String REGISTER_PART = "/register.pdf";

    private final DossierStatistics statistics;
    private final StatisticsExports exports;
    private final RegisterPdfs registers;
    private final MessageSource messages;
    private final Clock clock;
    private final FormValidation validation;

    StatisticsController(DossierStatistics statistics, StatisticsExports exports, RegisterPdfs registers,
            MessageSource messages, Clock clock, jakarta.validation.Validator validator) {
        this.statistics = statistics;
        this.exports = exports;
        this.registers = registers;
        this.messages = messages;
        this.clock = clock;
        this.validation = new FormValidation(validator);
    }

    /** Who looks: every agency (administrator) or one (leader). */
    private record Scope(String path, String agencyCode) {

        static Scope admin() {
            return new Scope(ADMIN_PATH, null);
        }

        static Scope leader(OidcUser user) {
            return new Scope(LEADER_PATH, PortalUser.of(user).agencyCode());
        }

        boolean allAgencies() {
            return agencyCode == null;
        }

        StatisticsForm scoped(StatisticsForm form) {
            return allAgencies() ? form : new StatisticsForm(form.from(), form.to(), agencyCode, form.procedure());
        }
    }

    /** What a request asks for: the page, one of its exports, or the register. */
    enum Output {
        PAGE, CSV_FILE, XLSX_FILE, REGISTER;

        /** The output an address of the page asks for: the page itself, or the file its last part names. */
        static Output of(String path) {
            if (path.endsWith(CSV_PART)) {
                return CSV_FILE;
            }
            if (path.endsWith(XLSX_PART)) {
                return XLSX_FILE;
            }
            return path.endsWith(REGISTER_PART) ? REGISTER : PAGE;
        }
    }

    /** The page and its exports, for an administrator or a leader (by the address). */
    @GetMapping({ ADMIN_PATH, ADMIN_PATH + CSV_PART, ADMIN_PATH + XLSX_PART,
            LEADER_PATH, LEADER_PATH + CSV_PART, LEADER_PATH + XLSX_PART })
    Object show(@ModelAttribute("form") StatisticsForm sent, BindingResult errors, Model model, Locale locale,
            @AuthenticationPrincipal OidcUser user, HttpServletRequest request) {
        return answer(sent, errors, model, locale, user, request);
    }

    /**
     * The register (slip 07) of one agency, signed and time-stamped when asked for: a POST from the page's form, since
     * each one is a new signature and a call to the time-stamping authority.
     */
    @PostMapping({ ADMIN_PATH + REGISTER_PART, LEADER_PATH + REGISTER_PART })
    Object register(@ModelAttribute("form") StatisticsForm sent, BindingResult errors, Model model, Locale locale,
            @AuthenticationPrincipal OidcUser user, HttpServletRequest request) {
        return answer(sent, errors, model, locale, user, request);
    }

    private Object answer(StatisticsForm sent, BindingResult errors, Model model, Locale locale, OidcUser user,
            HttpServletRequest request) {
        // the sent form is checked once scoped and given its defaults (below), as the page shows it
        String address = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        Scope scope = address.startsWith(ADMIN_PATH) ? Scope.admin() : Scope.leader(user);
        Output output = Output.of(address);
        StatisticsForm form = scope.scoped(sent).withDefaults(today());
        StatisticsFilter filter = validate(scope, form, errors, model);
        if (filter != null && output == Output.REGISTER && filter.agencyCode() == null) {
            ((BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form"))
                    .rejectValue("agency", "statistics.register.agencyRequired");
            filter = null;
        }
        if (filter == null) {
            return badRequest(model);
        }
        if (output == Output.REGISTER) {
            byte[] pdf = registers.issue(filter.agencyCode(), filter.from(), filter.to(), PortalUser.of(user).fullName(),
                    scope.path()).orElseThrow(NotFoundException::new);
            return file(pdf, MediaType.APPLICATION_PDF,
                    "so-theo-doi-ho-so-" + filter.agencyCode() + "-" + filter.from() + "-" + filter.to() + ".pdf");
        }
        StatisticsReport report = statistics.report(filter);
        return switch (output) {
            case CSV_FILE -> file(exports.csv(report, locale), CSV, name(report, "csv"));
            case XLSX_FILE -> file(exports.xlsx(report, title(report, locale), locale), XLSX, name(report, "xlsx"));
            default -> {
                model.addAttribute("report", report);
                yield new ModelAndView(VIEW, model.asMap());
            }
        };
    }

    /** Checks the form, and fills the model every rendering of the page needs. */
    private StatisticsFilter validate(Scope scope, StatisticsForm form, BindingResult sentErrors, Model model) {
        // the page shows the form as checked: the leader's own agency, the current month where no date was sent
        DataBinder binder = new DataBinder(form, "form");
        binder.setValidator(validation);
        BindingResult errors = binder.getBindingResult();
        errors.addAllErrors(sentErrors);
        binder.validate();
        List<Choice> agencies = statistics.agencies();
        List<Choice> procedures = statistics.procedures();
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        model.addAttribute("allAgencies", scope.allAgencies());
        model.addAttribute("basePath", scope.path());
        model.addAttribute("agencies", agencies);
        model.addAttribute("procedures", procedures);
        model.addAttribute("scopeAgency", scope.allAgencies() ? null : agencies.stream()
                .filter(a -> a.code().equals(scope.agencyCode())).findFirst().orElse(new Choice(scope.agencyCode(), scope.agencyCode())));
        model.addAttribute("presets", Preset.around(today()).stream().map(p -> Map.of("key", p.key(), "url",
                link(scope.path(), new StatisticsForm(p.from().toString(), p.to().toString(), form.agency(), form.procedure())))).toList());
        model.addAttribute("query", link("", form));
        if (form.agency() != null && agencies.stream().noneMatch(a -> a.code().equals(form.agency()))) {
            errors.rejectValue("agency", "statistics.agency.unknown");
        }
        if (form.procedure() != null && procedures.stream().noneMatch(p -> p.code().equals(form.procedure()))) {
            errors.rejectValue("procedure", "statistics.procedure.unknown");
        }
        return errors.hasErrors() ? null : form.filter();
    }

    private static ModelAndView badRequest(Model model) {
        ModelAndView view = new ModelAndView(VIEW, model.asMap());
        view.setStatus(HttpStatus.BAD_REQUEST);
        return view;
    }

    private static String link(String path, StatisticsForm form) {
        return UriComponentsBuilder.fromPath(path).queryParamIfPresent("from", java.util.Optional.ofNullable(form.from()))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(form.to()))
                .queryParamIfPresent("agency", java.util.Optional.ofNullable(form.agency()))
                .queryParamIfPresent("procedure", java.util.Optional.ofNullable(form.procedure()))
                .encode().build().toUriString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LegalClock.ZONE));
    }

    private String title(StatisticsReport report, Locale locale) {
        StatisticsFilter f = report.filter();
        return messages.getMessage("statistics.export.title", new Object[] {f.from().toString(), f.to().toString(),
                f.agencyCode() == null ? messages.getMessage("statistics.allAgencies", null, locale) : f.agencyCode(),
                f.procedureCode() == null ? messages.getMessage("statistics.allProcedures", null, locale) : f.procedureCode()},
                locale);
    }

    private static String name(StatisticsReport report, String extension) {
        StatisticsFilter f = report.filter();
        return "thong-ke-" + (f.agencyCode() == null ? "" : f.agencyCode() + "-") + f.from() + "-" + f.to() + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
