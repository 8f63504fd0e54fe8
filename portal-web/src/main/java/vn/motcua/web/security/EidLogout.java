package vn.motcua.web.security;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * RP-initiated logout: after the portal's session ends, the browser goes to the e-ID provider's end-session endpoint
 * with the ID token as hint, so that the provider's session ends too, and comes back to the portal's home page.
 */
final class EidLogout implements LogoutSuccessHandler {

    private final String endSessionEndpoint;

    EidLogout(String eidBaseUrl) {
        this.endSessionEndpoint = eidBaseUrl + "/connect/logout";
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String home = UriComponentsBuilder.fromUriString(request.getRequestURL().toString()).replacePath(
                request.getContextPath() + "/").replaceQuery(null).build().toUriString();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            response.sendRedirect(UriComponentsBuilder.fromUriString(endSessionEndpoint)
                    .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                    .queryParam("post_logout_redirect_uri", home)
                    .encode().build().toUriString());
        }
        else {
            response.sendRedirect(home);
        }
    }
}
