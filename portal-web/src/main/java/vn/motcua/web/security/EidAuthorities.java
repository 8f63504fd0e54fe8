package vn.motcua.web.security;

import java.util.HashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Grants ROLE_CITIZEN to citizens (and ASSURANCE_HIGH when their account has the high level) and ROLE_{role} for each
 * staff role the provider states.
 */
class EidAuthorities implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        PortalUser portalUser = PortalUser.of(user);
        Set<GrantedAuthority> authorities = new HashSet<>();
        if (portalUser.citizen()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_CITIZEN"));
            if (portalUser.highAssurance()) {
                authorities.add(new SimpleGrantedAuthority(PortalUser.HIGH_ASSURANCE));
            }
        } else {
            portalUser.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
    }
}
