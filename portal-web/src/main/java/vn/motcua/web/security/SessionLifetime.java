package vn.motcua.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.motcua.cases.audit.SecurityEvent.Kind;

/**
 * Ends sessions: a login older than the absolute timeout is logged out however active it was, and a request with an
 * unknown or idle-expired session id starts afresh. Either way the user lands on the home page, which says that the
 * session has ended.
 */
final class SessionLifetime extends OncePerRequestFilter {

    static final String EXPIRED_PAGE = "/?session=expired";

    private final SecurityAuditing auditing;
    private final Clock clock;
    private final Duration absoluteTimeout;
    private final String cookieName;

    SessionLifetime(SecurityAuditing auditing, Clock clock, Duration absoluteTimeout, String cookieName) {
        this.auditing = auditing;
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
        this.cookieName = cookieName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(LoginOutcomes.AUTHENTICATED_AT) instanceof Instant loggedIn
                && !clock.instant().isBefore(loggedIn.plus(absoluteTimeout))) {
            auditing.record(Kind.SESSION_REJECTED, request, "absolute timeout");
            session.invalidate();
            SecurityContextHolder.clearContext();
            endSession(request, response);
            return;
        }
        if (session == null && request.getRequestedSessionId() != null) {
            auditing.record(Kind.SESSION_REJECTED, request, null, "unknown or expired session id");
            endSession(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cookie cleared = new Cookie(cookieName, "");
        cleared.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cleared.setMaxAge(0);
        cleared.setHttpOnly(true);
        response.addCookie(cleared);
        response.sendRedirect(request.getContextPath() + EXPIRED_PAGE);
    }
}
