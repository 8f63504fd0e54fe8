package vn.motcua.sandbox.eid;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page, and a home page that says who is logged in. */
@Controller
class LoginController {

    static final String LOGIN_VIEW = "login";
    static final String HOME_VIEW = "home";

    private final EidAccounts accounts;

    LoginController(EidAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            @RequestParam(required = false) String throttled, @RequestParam(required = false) String logout,
            Model model) {
        model.addAttribute("failed", error != null || locked != null || throttled != null);
        model.addAttribute("failure", locked != null ? "login.locked" : throttled != null ? "login.throttled"
                : "login.error");
        model.addAttribute("loggedOut", logout != null);
        return LOGIN_VIEW;
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        if (principal != null) {
            accounts.find(principal.getName()).ifPresent(account -> model.addAttribute("account", account));
        }
        return HOME_VIEW;
    }
}
