package vn.motcua.web.security;

import java.time.Clock;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import vn.motcua.cases.audit.SecurityAudit;
import vn.motcua.cases.audit.SecurityEvent;

/** Turns what happens to a request into an entry of the security audit trail. */
@Component
public class SecurityAuditing {

    private final SecurityAudit audit;
    private final Clock clock;

    SecurityAuditing(SecurityAudit audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records an event about the current request and its user (if any).
     *
     * @param kind    what happened
     * @param request the request
     * @param detail  a short reason, never a secret
     */
    public void record(SecurityEvent.Kind kind, HttpServletRequest request, String detail) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        record(kind, request, user == null || !user.isAuthenticated() || "anonymousUser".equals(user.getName())
                ? null : user.getName(), detail);
    }

    void record(SecurityEvent.Kind kind, HttpServletRequest request, String principal, String detail) {
        audit.record(new SecurityEvent(clock.instant(), kind, principal, request.getRemoteAddr(), request.getMethod(),
                request.getRequestURI(), detail));
    }
}
