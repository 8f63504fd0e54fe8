package vn.motcua.web.support;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.motcua.web.security.PortalUser;

/** Puts the logged-in user (or null) in every page's model for the header. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("currentUser")
    PortalUser currentUser(@AuthenticationPrincipal OidcUser user) {
        return user == null ? null : PortalUser.of(user);
    }
}
