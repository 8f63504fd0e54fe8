package vn.motcua.sandbox.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.sandbox.api.ApiError;
import vn.motcua.sandbox.fault.FaultInjector;

/** {@code POST /lgsp/token}: the OAuth2 client-credentials grant, client authenticated by HTTP Basic. */
@RestController
class TokenEndpoint {

    private final GatewayProperties properties;
    private final AccessTokens tokens;
    private final FaultInjector faults;

    TokenEndpoint(GatewayProperties properties, AccessTokens tokens, FaultInjector faults) {
        this.properties = properties;
        this.tokens = tokens;
        this.faults = faults;
    }

    @PostMapping("/lgsp/token")
    ResponseEntity<Map<String, Object>> token(
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(name = "grant_type", required = false) String grantType) {
        faults.inject(FaultInjector.Api.TOKEN);
        if (!isPortal(authorization)) {
            throw new ApiError(HttpStatus.UNAUTHORIZED, "invalid_client")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"lgsp\"");
        }
        if (grantType == null || grantType.isBlank()) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "invalid_request");
        }
        if (!"client_credentials".equals(grantType)) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "unsupported_grant_type");
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Map.of("access_token", tokens.issue(), "token_type", "Bearer", "expires_in",
                        tokens.ttl().toSeconds()));
    }

    /** Checks HTTP Basic credentials; id and secret are form-decoded first (RFC 6749, section 2.3.1). */
    private boolean isPortal(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
        String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
        return equal(id, properties.clientId()) & equal(secret, properties.clientSecret());
    }

    private static boolean equal(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
