package vn.motcua.web.statistics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.statistics.Choice;
import vn.motcua.cases.statistics.DossierStatistics;
import vn.motcua.cases.statistics.StatisticsFilter;
import vn.motcua.cases.statistics.StatisticsReport;
import vn.motcua.web.security.PortalUser;
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

    private final DossierStatistics statistics;
    private final StatisticsExports exports;
    private final RegisterPdfs registers;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsController(DossierStatistics statistics, StatisticsExports exports, RegisterPdfs registers,
            MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.exports = exports;
        this.registers = registers;
        this.messages = messages;
        this.clock = clock;
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

    @GetMapping(ADMIN_PATH)
    ModelAndView adminPage(@ModelAttribute("form") StatisticsForm form, BindingResult errors, Model model) {
        return page(Scope.admin(), form, errors, model);
    }

    @GetMapping(LEADER_PATH)
    ModelAndView leaderPage(@ModelAttribute("form") StatisticsForm form, BindingResult errors, Model model,
            @AuthenticationPrincipal OidcUser user) {
        return page(Scope.leader(user), form, errors, model);
    }

    @GetMapping(ADMIN_PATH + "/export.csv")
    Object adminCsv(@ModelAttribute("form") StatisticsForm form, BindingResult errors, Model model, Locale locale) {
        return export(Scope.admin(), form, errors, model, report -> file(exports.csv(report, locale), CSV, name(report, "csv")));
    }

    @GetMapping(LEADER_PATH + "/export.csv")
    Object leaderCsv(@ModelAttribute("form") StatisticsForm form, BindingResult errors, Model model, Locale locale,
            @AuthenticationPrincipal OidcUser user) {
        return export(Scope.leader(user), form, errors, model,
                report -> file(exports.csv(report, locale), CSV, name(report, "csv")));
    }

    @GetMapping(ADMIN_PATH + "/export.xlsx")
    Object adminXlsx(@ModelAttribute("form") StatisticsForm form, BindingResult errors, Model model, Locale locale) {
        return export(Scope.admin(), form, errors, model,
                report -> file(exports.xlsx(report, title(report, locale), locale), XLSX, name(report, "xlsx")));
    }

    @GetMapping(LEADER_PATH + "/export.xlsx")
    Object leaderXlsx(@ModelAttribute("form") StatisticsForm form, BindingResult errors, Model model, Locale locale,
            @AuthenticationPrincipal OidcUser user) {
        return export(Scope.leader(user), form, errors, model,
                report -> file(exports.xlsx(report, title(report, locale), locale), XLSX, name(report, "xlsx")));
    }

    @GetMapping(ADMIN_PATH + "/register.pdf")
    Object adminRegister(@ModelAttribute("form") StatisticsForm form, BindingResult errors, Model model,
            @AuthenticationPrincipal OidcUser user) {
        return register(Scope.admin(), form, errors, model, user);
    }

    @GetMapping(LEADER_PATH + "/register.pdf")
    Object leaderRegister(@ModelAttribute("form") StatisticsForm form, BindingResult errors, Model model,
            @AuthenticationPrincipal OidcUser user) {
        return register(Scope.leader(user), form, errors, model, user);
    }

    private ModelAndView page(Scope scope, StatisticsForm sent, BindingResult errors, Model model) {
        StatisticsForm form = scope.scoped(sent).withDefaults(today());
        StatisticsFilter filter = validate(scope, form, errors, model);
        if (filter == null) {
            return badRequest(model);
        }
        model.addAttribute("report", statistics.report(filter));
        return new ModelAndView(VIEW, model.asMap());
    }

    private Object export(Scope scope, StatisticsForm sent, BindingResult errors, Model model,
            Function<StatisticsReport, ResponseEntity<byte[]>> write) {
        StatisticsForm form = scope.scoped(sent).withDefaults(today());
        StatisticsFilter filter = validate(scope, form, errors, model);
        if (filter == null) {
            return badRequest(model);
        }
        return write.apply(statistics.report(filter));
    }

    private Object register(Scope scope, StatisticsForm sent, BindingResult errors, Model model, OidcUser user) {
        StatisticsForm form = scope.scoped(sent).withDefaults(today());
        StatisticsFilter filter = validate(scope, form, errors, model);
        if (filter != null && filter.agencyCode() == null) {
            ((BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form"))
                    .rejectValue("agency", "statistics.register.agencyRequired");
            filter = null;
        }
        if (filter == null) {
            return badRequest(model);
        }
        byte[] pdf = registers.issue(filter.agencyCode(), filter.from(), filter.to(), PortalUser.of(user).fullName(),
                scope.path()).orElseThrow(NotFoundException::new);
        return file(pdf, MediaType.APPLICATION_PDF,
                "so-theo-doi-ho-so-" + filter.agencyCode() + "-" + filter.from() + "-" + filter.to() + ".pdf");
    }

    /** Checks the form, and fills the model every rendering of the page needs. */
    private StatisticsFilter validate(Scope scope, StatisticsForm form, BindingResult sentErrors, Model model) {
        // the page shows the form as checked: the leader's own agency, the current month where no date was sent
        BindingResult errors = new DirectFieldBindingResult(form, "form");
        errors.addAllErrors(sentErrors);
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
        StatisticsFilter filter = form.validate(errors);
        if (form.agency() != null && agencies.stream().noneMatch(a -> a.code().equals(form.agency()))) {
            errors.rejectValue("agency", "statistics.agency.unknown");
        }
        if (form.procedure() != null && procedures.stream().noneMatch(p -> p.code().equals(form.procedure()))) {
            errors.rejectValue("procedure", "statistics.procedure.unknown");
        }
        return errors.hasErrors() ? null : filter;
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
