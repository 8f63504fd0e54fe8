package vn.motcua.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps no e-ID access token after a login. The portal never calls the e-ID provider with a user's token (it needs the
 * ID token only, which the session's user holds, for the logout), so the tokens Spring Security would otherwise keep
 * in one node's memory (Boot's default, an in-memory store of every user since the start) or copy into every session
 * row (with the client registration and its secret) are not kept at all.
 */
final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

    @Override
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
            Authentication principal, HttpServletRequest request) {
        return null;
    }

    @Override
    public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
            HttpServletRequest request, HttpServletResponse response) {
        // nothing to keep: see the class comment
    }

    @Override
    public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
            HttpServletRequest request, HttpServletResponse response) {
        // nothing kept
    }
}
