package vn.motcua.web.security;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.cases.audit.SecurityEvent.Kind;

/**
 * Refuses with 403 and says why: a form without a valid CSRF token, a citizen whose e-ID level is too low to file or to change
 * a filed dossier, or
 * a role that may not use the page. Every refusal is audited.
 */
final class DeniedRequests implements AccessDeniedHandler {

    private final SecurityAuditing auditing;
    private final RequestMatcher filing;
    private final RequestMatcher dossierChanges;

    DeniedRequests(SecurityAuditing auditing, RequestMatcher filing, RequestMatcher dossierChanges) {
        this.auditing = auditing;
        this.filing = filing;
        this.dossierChanges = dossierChanges;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException) {
            auditing.record(Kind.CSRF_REJECTED, request, denied.getClass().getSimpleName());
            ErrorPages.send(request, response, HttpServletResponse.SC_FORBIDDEN, "csrf");
        }
        else if (filing.matches(request) && basicLevelCitizen()) {
            auditing.record(Kind.ACCESS_DENIED, request, "assurance level too low to file");
            ErrorPages.send(request, response, HttpServletResponse.SC_FORBIDDEN, "assurance");
        }
        else if (dossierChanges.matches(request) && basicLevelCitizen()) {
            auditing.record(Kind.ACCESS_DENIED, request, "assurance level too low to change a dossier");
            ErrorPages.send(request, response, HttpServletResponse.SC_FORBIDDEN, "assuranceChange");
        }
        else {
            auditing.record(Kind.ACCESS_DENIED, request, null);
            ErrorPages.send(request, response, HttpServletResponse.SC_FORBIDDEN, null);
        }
    }

    private static boolean basicLevelCitizen() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_CITIZEN".equals(a.getAuthority()))
                && user.getAuthorities().stream().noneMatch(a -> PortalUser.HIGH_ASSURANCE.equals(a.getAuthority()));
    }
}
