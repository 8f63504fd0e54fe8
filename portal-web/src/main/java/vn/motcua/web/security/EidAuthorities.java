package vn.motcua.web.security;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.motcua.cases.staff.StaffAccount;
import vn.motcua.cases.staff.StaffDirectory;

/**
 * Grants ROLE_CITIZEN to citizens (and ASSURANCE_HIGH when their account has the high level) and ROLE_{role} for each
 * role a staff account holds in the portal's own record ({@link StaffDirectory}), which also decides its agency: the
 * provider proves who logs in, the portal decides what they may do. Roles in the provider's token count for nothing.
 * An account the portal has not seen yet is recorded with no role; a staff login without a role (new, emptied or
 * locked) gets {@value PortalUser#WITHOUT_ROLE} only, which opens nothing but the page that says so.
 */
class EidAuthorities implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final StaffDirectory staff;

    EidAuthorities(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        return authorize(delegate.loadUser(request));
    }

    /** The user with the portal's authorities, and for staff the agency and roles of the portal's record. */
    OidcUser authorize(OidcUser user) {
        PortalUser portalUser = PortalUser.of(user);
        Set<GrantedAuthority> authorities = new HashSet<>();
        if (portalUser.citizen()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_CITIZEN"));
            if (portalUser.highAssurance()) {
                authorities.add(new SimpleGrantedAuthority(PortalUser.HIGH_ASSURANCE));
            }
        } else {
            Optional<StaffAccount> account = staff.atLogin(user.getSubject(), user.getFullName(), portalUser.agencyCode());
            // the ID token's claims win over the user info's: the portal's record goes into a copy of the token
            Map<String, Object> claims = new LinkedHashMap<>(user.getIdToken().getClaims());
            account.ifPresentOrElse(known -> claims.put(PortalUser.AGENCY, known.agencyCode()),
                    () -> claims.remove(PortalUser.AGENCY));
            claims.put(PortalUser.ROLES, account.map(a -> List.copyOf(a.effectiveRoles())).orElse(List.of()));
            OidcIdToken token = new OidcIdToken(user.getIdToken().getTokenValue(), user.getIdToken().getIssuedAt(),
                    user.getIdToken().getExpiresAt(), claims);
            PortalUser.of(new DefaultOidcUser(Set.of(), token, user.getUserInfo(), "sub")).roles()
                    .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
            if (authorities.isEmpty()) {
                authorities.add(new SimpleGrantedAuthority(PortalUser.WITHOUT_ROLE));
            }
            return new DefaultOidcUser(authorities, token, user.getUserInfo(), "sub");
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
    }
}
