package vn.motcua.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Bearer tokens of REST API v1: access tokens of the e-ID provider, checked against its keys, issuer and the API's
 * audience; their scopes become {@code SCOPE_*} authorities. A citizen's token gives ROLE_CITIZEN (and the high level
 * when its {@code acr} says so); a staff member's token gives the roles the portal's record holds at the time of the
 * request, never those the token claims, so that a role removed or an account deactivated no longer counts on the
 * next call (one query by primary key per staff request). Public so that API tests turn their tokens into
 * authorities exactly as the application does.
 */
public final class ApiTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
    private final Function<String, Set<String>> staffRoles;

    /**
     * @param staffRoles the roles a staff account holds now, by user name (none for an unknown or inactive account)
     */
    public ApiTokens(Function<String, Set<String>> staffRoles) {
        this.staffRoles = staffRoles;
    }

    static JwtDecoder decoder(String eidBaseUrl, String issuer, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(eidBaseUrl + "/oauth2/jwks").build();
        decoder.setJwtValidator(validator(issuer, audience));
        return decoder;
    }

    /** Expiry and not-before (with Spring's default clock skew), issuer, and audience. */
    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                token -> token.getAudience() != null && token.getAudience().contains(audience)
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                                "The token was not issued for this API", null)));
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        Collection<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(token));
        if ("citizen".equals(token.getClaimAsString(PortalUser.ACCOUNT_TYPE))) {
            authorities.add(new SimpleGrantedAuthority("ROLE_CITIZEN"));
            if (PortalUser.HIGH_ACR.equals(token.getClaimAsString("acr"))) {
                authorities.add(new SimpleGrantedAuthority(PortalUser.HIGH_ASSURANCE));
            }
        }
        else {
            PortalUser.roles(staffRoles.apply(token.getSubject())).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        }
        return new JwtAuthenticationToken(token, authorities, token.getSubject());
    }
}
