package vn.motcua.web.staff;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page of a staff member to whom the portal gives no role: an account recorded at its first login, one whose roles
 * were all taken away, or a locked one. It names the account, so that they can tell an administrator which one to grant
 * a role to. No other staff page is open to them.
 */
@Controller
class WithoutRoleController {

    static final String VIEW = "staff/no-role";

    @GetMapping("/staff/no-role")
    String page(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("username", user.getSubject());
        return VIEW;
    }
}
