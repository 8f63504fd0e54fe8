package vn.motcua.web.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.cases.agency.Agencies;
import vn.motcua.cases.agency.Agency;
import vn.motcua.cases.agency.AgencyAdministration;
import vn.motcua.cases.agency.AgencyNotFoundException;
import vn.motcua.cases.agency.AgencyRefusedException;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;

/**
 * The agency list for administrators: creating an agency, and changing an existing one's name, superior name, parent
 * and place (never its code). Refused input comes back with messages next to the fields (422) and changes nothing.
 */
@Controller
class AgenciesController {

    static final String LIST_VIEW = "admin/agencies";
    static final String AGENCY_VIEW = "admin/agency";

    private final Agencies agencies;
    private final AgencyAdministration administration;
    private final MessageSource messages;

    AgenciesController(Agencies agencies, AgencyAdministration administration, MessageSource messages) {
        this.agencies = agencies;
        this.administration = administration;
        this.messages = messages;
    }

    @GetMapping("/admin/agencies")
    String list(Model model) {
        model.addAttribute("agencies", agencies.findAllByOrderByCodeAsc());
        return LIST_VIEW;
    }

    @GetMapping("/admin/agencies/new")
    String blank(Model model) {
        return show(null, AgencyForm.blank(), Map.of(), model);
    }

    @PostMapping("/admin/agencies")
    String create(AgencyForm form, @AuthenticationPrincipal OidcUser admin, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            administration.create(form.toDetails(), PortalUser.of(admin).subject());
        } catch (AgencyRefusedException e) {
            response.setStatus(422);
            return show(null, form, errors(e, locale), model);
        }
        redirect.addFlashAttribute("created", form.toDetails().code());
        return "redirect:/admin/agencies";
    }

    @GetMapping("/admin/agencies/{code}")
    String agency(@PathVariable String code, Model model) {
        Agency agency = find(code);
        return show(agency, AgencyForm.of(agency), Map.of(), model);
    }

    @PostMapping("/admin/agencies/{code}")
    String change(@PathVariable String code, AgencyForm form, @AuthenticationPrincipal OidcUser admin, Model model,
            Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Agency agency = find(code);
        try {
            administration.change(agency.code(), form.toDetails(), PortalUser.of(admin).subject());
        } catch (AgencyRefusedException e) {
            response.setStatus(422);
            return show(agency, form, errors(e, locale), model);
        } catch (AgencyNotFoundException e) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute("changed", agency.code());
        return "redirect:/admin/agencies";
    }

    private Agency find(String code) {
        if (code.length() > AgencyAdministration.MAX_CODE || !AgencyAdministration.CODE.matcher(code).matches()) {
            throw new NotFoundException();
        }
        return agencies.findByCode(code).orElseThrow(NotFoundException::new);
    }

    private Map<String, String> errors(AgencyRefusedException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.problems().forEach(p -> errors.merge(p.field(),
                messages.getMessage(p.key(), p.arguments().toArray(), locale), (a, b) -> a + " " + b));
        return errors;
    }

    private String show(Agency agency, AgencyForm form, Map<String, String> errors, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("form", form);
        model.addAttribute("parents", agencies.findAllByOrderByCodeAsc().stream()
                .filter(a -> agency == null || !a.code().equals(agency.code())).toList());
        model.addAttribute("errors", errors);
        return AGENCY_VIEW;
    }
}
