package vn.motcua.sandbox.eid;

import java.net.URI;
import java.util.function.Consumer;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;

/**
 * Accepts a post-logout redirect URI that is registered, or that differs from a registered loopback IP URI only in its
 * port, the rule RFC 8252 gives for redirect URIs on loopback addresses (a portal under test runs on a random port).
 */
final class LoopbackLogoutRedirects implements Consumer<OidcLogoutAuthenticationContext> {

    @Override
    public void accept(OidcLogoutAuthenticationContext context) {
        OidcLogoutAuthenticationToken logout = context.getAuthentication();
        String requested = logout.getPostLogoutRedirectUri();
        if (requested == null || context.getRegisteredClient().getPostLogoutRedirectUris().contains(requested)) {
            return;
        }
        URI uri = URI.create(requested);
        boolean loopbackMatch = isLoopback(uri) && context.getRegisteredClient().getPostLogoutRedirectUris().stream()
                .map(URI::create)
                .anyMatch(registered -> isLoopback(registered) && registered.getScheme().equals(uri.getScheme())
                        && registered.getHost().equals(uri.getHost())
                        && registered.getPath().equals(uri.getPath()) && uri.getQuery() == null);
        if (!loopbackMatch) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
                    "post_logout_redirect_uri is not registered", null));
        }
    }

    private static boolean isLoopback(URI uri) {
        return "http".equals(uri.getScheme()) && ("127.0.0.1".equals(uri.getHost()) || "[::1]".equals(uri.getHost()));
    }
}
