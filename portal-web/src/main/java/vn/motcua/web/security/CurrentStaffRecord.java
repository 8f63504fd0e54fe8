package vn.motcua.web.security;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.motcua.cases.audit.SecurityEvent.Kind;
import vn.motcua.cases.staff.StaffAccount;
import vn.motcua.cases.staff.StaffDirectory;

/**
 * Makes an administrator's change to a staff account bite on the account's next request, not at its next login: every
 * page request of a logged-in staff member reads the account's record (one query by primary key, with its roles; none
 * for citizens, visitors and static files) and compares it with what the session holds.
 * <ul>
 * <li>An account that was deactivated is logged out: its session is invalidated, the request is refused (to the home
 * page, which says why) and the event is audited.</li>
 * <li>Changed roles or a changed agency replace the session's authorities and agency, so that the person keeps working
 * with what they may do now: a removed role is gone on the next request, a new one is there without a new login.</li>
 * <li>An account without a record (one the portal never recorded) holds no role.</li>
 * </ul>
 */
final class CurrentStaffRecord extends OncePerRequestFilter {

    static final String REVOKED_PAGE = "/?session=revoked";
    private static final String ROLE = "ROLE_";
    private static final List<String> STATIC = List.of("/css/", "/js/", "/webjars/", "/favicon.ico");

    private final StaffDirectory staff;
    private final SecurityAuditing auditing;
    private final String cookieName;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentStaffRecord(StaffDirectory staff, SecurityAuditing auditing, String cookieName) {
        this.staff = staff;
        this.auditing = auditing;
        this.cookieName = cookieName;
    }

    /** Public static files: nothing to protect, and no query for each of them. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken login && login.getPrincipal() instanceof OidcUser user
                && !PortalUser.of(user).citizen()) {
            Optional<StaffAccount> account = staff.find(user.getSubject());
            if (account.isPresent() && !account.get().active()) {
                logOut(request, response);
                return;
            }
            Set<String> roles = account.map(StaffAccount::effectiveRoles).orElse(Set.of());
            String agency = account.map(StaffAccount::agencyCode).orElse(user.getClaimAsString(PortalUser.AGENCY));
            if (!roles.equals(roles(login)) || !Objects.equals(agency, user.getClaimAsString(PortalUser.AGENCY))) {
                replace(login, user, agency, roles, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void logOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        auditing.record(Kind.SESSION_REJECTED, request, "staff account deactivated");
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        Cookie cleared = new Cookie(cookieName, "");
        cleared.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cleared.setMaxAge(0);
        cleared.setHttpOnly(true);
        response.addCookie(cleared);
        response.sendRedirect(request.getContextPath() + REVOKED_PAGE);
    }

    /** The session's user with the record's agency and roles; other authorities stay as they were. */
    private void replace(OAuth2AuthenticationToken login, OidcUser user, String agency, Set<String> roles,
            HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> claims = new LinkedHashMap<>(user.getIdToken().getClaims());
        if (agency != null) {
            claims.put(PortalUser.AGENCY, agency);
        }
        claims.put(PortalUser.ROLES, List.copyOf(new TreeSet<>(roles)));
        OidcIdToken token = new OidcIdToken(user.getIdToken().getTokenValue(), user.getIdToken().getIssuedAt(),
                user.getIdToken().getExpiresAt(), claims);
        Set<GrantedAuthority> authorities = login.getAuthorities().stream()
                .filter(authority -> !authority.getAuthority().startsWith(ROLE))
                .collect(Collectors.toCollection(HashSet::new));
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(ROLE + role)));
        OAuth2AuthenticationToken current = new OAuth2AuthenticationToken(
                new DefaultOidcUser(authorities, token, user.getUserInfo(), "sub"), authorities,
                login.getAuthorizedClientRegistrationId());
        current.setDetails(login.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(current);
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            sessions.saveContext(context, request, response);
        }
    }

    private static Set<String> roles(Authentication login) {
        return login.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE)).map(authority -> authority.substring(ROLE.length()))
                .collect(Collectors.toSet());
    }
}
