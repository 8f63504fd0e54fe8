package vn.motcua.web.security;

import java.io.IOException;
import java.time.Clock;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.cases.audit.SecurityEvent.Kind;

/**
 * What follows a login through the e-ID provider: success starts the session's absolute lifetime and is audited; a
 * staff member without a role is audited again and sent to the page that says an administrator must grant one; a
 * refused, forged or expired login is audited and explained on the error page; so is a logout.
 */
final class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    /** Session attribute: when the user logged in, for the absolute timeout. */
    static final String AUTHENTICATED_AT = LoginOutcomes.class.getName() + ".authenticatedAt";

    /** Where a staff member to whom the portal gives no role lands after login. */
    static final String WITHOUT_ROLE_PAGE = "/staff/no-role";

    private final SecurityAuditing auditing;
    private final Clock clock;
    private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

    LoginOutcomes(SecurityAuditing auditing, Clock clock) {
        this.auditing = auditing;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        request.getSession().setAttribute(AUTHENTICATED_AT, clock.instant());
        auditing.record(Kind.LOGIN_SUCCESS, request, authentication.getName(), null);
        if (authentication.getAuthorities().stream().anyMatch(a -> PortalUser.WITHOUT_ROLE.equals(a.getAuthority()))) {
            auditing.record(Kind.STAFF_WITHOUT_ROLE, request, authentication.getName(), "no role granted");
            response.sendRedirect(request.getContextPath() + WITHOUT_ROLE_PAGE);
            return;
        }
        next.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        String code = failure instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError().getErrorCode()
                : failure.getClass().getSimpleName();
        auditing.record(Kind.LOGIN_FAILURE, request, null, code);
        ErrorPages.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "login");
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            auditing.record(Kind.LOGOUT, request, authentication.getName(), null);
        }
    }
}
