package vn.motcua.web.staff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.cases.authoring.Authoring;
import vn.motcua.cases.staff.StaffAccount;
import vn.motcua.cases.staff.StaffDirectory;
import vn.motcua.web.security.PortalUser;
import vn.motcua.web.support.NotFoundException;
import vn.motcua.workflow.staff.StaffAssignments;
import vn.motcua.workflow.staff.StaffChangeRefusedException;

/**
 * Staff accounts with their agency and roles, as the portal records them, and their change. A change that would leave
 * open tasks without anyone to do them is refused with a message that says what to do first.
 */
@Controller
class StaffAdminController {

    static final String LIST_VIEW = "admin/staff";
    static final String ACCOUNT_VIEW = "admin/staff-account";

    private final StaffDirectory directory;
    private final StaffAssignments assignments;
    private final Authoring authoring;
    private final MessageSource messages;

    StaffAdminController(StaffDirectory directory, StaffAssignments assignments, Authoring authoring,
            MessageSource messages) {
        this.directory = directory;
        this.assignments = assignments;
        this.authoring = authoring;
        this.messages = messages;
    }

    @GetMapping("/admin/staff")
    String list(Model model) {
        model.addAttribute("accounts", directory.all());
        return LIST_VIEW;
    }

    @GetMapping("/admin/staff/{username}")
    String account(@PathVariable String username, Model model) {
        StaffAccount account = find(username);
        return show(account, new StaffForm(account.agencyCode(), List.copyOf(account.roles()), account.active()),
                Map.of(), model);
    }

    @PostMapping("/admin/staff/{username}")
    String change(@PathVariable String username, StaffForm form, @AuthenticationPrincipal OidcUser admin, Model model,
            Locale locale, RedirectAttributes redirect) {
        StaffAccount account = find(username);
        try {
            assignments.change(form.toChange(username), PortalUser.of(admin).subject());
        } catch (StaffChangeRefusedException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(p -> errors.merge(p.field(),
                    messages.getMessage(p.key(), p.arguments().toArray(), locale), (a, b) -> a + " " + b));
            return show(account, form, errors, model);
        }
        redirect.addFlashAttribute("changed", username);
        return "redirect:/admin/staff";
    }

    private StaffAccount find(String username) {
        if (!username.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new NotFoundException();
        }
        return directory.find(username).orElseThrow(NotFoundException::new);
    }

    private String show(StaffAccount account, StaffForm form, Map<String, String> errors, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("checkedRoles", form.roles() == null ? List.of() : form.roles());
        model.addAttribute("roles", new TreeSet<>(StaffDirectory.ROLES));
        model.addAttribute("agencies", authoring.agencies());
        model.addAttribute("errors", errors);
        return ACCOUNT_VIEW;
    }
}
