package vn.motcua.sandbox.eid;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The stand-in's authorizations in memory, safe under concurrent logins. The library's
 * {@code InMemoryOAuth2AuthorizationService} walks a synchronized map of unfinished authorizations without holding its
 * lock, so a token request failed with a {@code ConcurrentModificationException} while another login saved one; a
 * database-backed service would need a database, which the stand-in does not have. Here authorizations are kept by id
 * in a concurrent map, with an index from each state, code and token value, so a lookup is one map read however many
 * logins there were.
 */
final class ConcurrentAuthorizationService implements OAuth2AuthorizationService {

    private static final OAuth2TokenType STATE = new OAuth2TokenType(OAuth2ParameterNames.STATE);
    private static final OAuth2TokenType CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);
    private static final OAuth2TokenType[] TYPES = { STATE, CODE, OAuth2TokenType.ACCESS_TOKEN, ID_TOKEN,
            OAuth2TokenType.REFRESH_TOKEN };

    private final Map<String, OAuth2Authorization> byId = new ConcurrentHashMap<>();
    private final Map<Key, String> idByToken = new ConcurrentHashMap<>();

    private record Key(String type, String value) {
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Objects.requireNonNull(authorization, "authorization");
        byId.compute(authorization.getId(), (id, earlier) -> {
            Set<Key> now = keys(authorization);
            if (earlier != null) {
                keys(earlier).stream().filter(key -> !now.contains(key)).forEach(key -> idByToken.remove(key, id));
            }
            now.forEach(key -> idByToken.put(key, id));
            return authorization;
        });
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        Objects.requireNonNull(authorization, "authorization");
        byId.computeIfPresent(authorization.getId(), (id, stored) -> {
            keys(stored).forEach(key -> idByToken.remove(key, id));
            return null;
        });
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return byId.get(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (tokenType != null) {
            return find(tokenType, token);
        }
        for (OAuth2TokenType type : TYPES) {
            OAuth2Authorization found = find(type, token);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private OAuth2Authorization find(OAuth2TokenType type, String token) {
        Key key = new Key(type.getValue(), token);
        String id = idByToken.get(key);
        OAuth2Authorization authorization = id == null ? null : byId.get(id);
        // the index may briefly lag a concurrent save of the same authorization
        return authorization != null && keys(authorization).contains(key) ? authorization : null;
    }

    /** The state, code and token values by which the authorization can be found. */
    private static Set<Key> keys(OAuth2Authorization authorization) {
        Set<Key> keys = new HashSet<>();
        String state = authorization.getAttribute(OAuth2ParameterNames.STATE);
        if (state != null) {
            keys.add(new Key(STATE.getValue(), state));
        }
        add(keys, CODE, authorization.getToken(OAuth2AuthorizationCode.class));
        add(keys, OAuth2TokenType.ACCESS_TOKEN, authorization.getToken(OAuth2AccessToken.class));
        add(keys, ID_TOKEN, authorization.getToken(OidcIdToken.class));
        add(keys, OAuth2TokenType.REFRESH_TOKEN, authorization.getToken(OAuth2RefreshToken.class));
        return keys;
    }

    private static void add(Set<Key> keys, OAuth2TokenType type, OAuth2Authorization.Token<? extends OAuth2Token> token) {
        if (token != null) {
            keys.add(new Key(type.getValue(), token.getToken().getTokenValue()));
        }
    }
}
