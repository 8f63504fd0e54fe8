package vn.motcua.lgsp.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.LgspException.Kind;

/**
 * Fetches the client-credentials token from {@code {baseUrl}/token} and shares it between threads until shortly
 * before it expires.
 */
final class AccessTokenProvider {

    static final Duration RENEWAL_MARGIN = Duration.ofSeconds(30);
    private static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);
    private static final String WHAT = "LGSP token";

    private final RestClient rest;
    private final JsonPayloads json;
    private final Clock clock;
    private final String clientId;
    private final String clientSecret;
    private final Object lock = new Object();
    private volatile CachedToken current;

    AccessTokenProvider(RestClient rest, JsonPayloads json, Clock clock, String clientId, String clientSecret) {
        this.rest = rest;
        this.json = json;
        this.clock = clock;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** A token that stays valid for a while yet, fetched only when the cached one is missing or about to expire. */
    String token() {
        CachedToken token = current;
        if (token != null && token.usableAt(clock.instant())) {
            return token.value();
        }
        synchronized (lock) {
            token = current;
            if (token == null || !token.usableAt(clock.instant())) {
                token = fetch();
                current = token;
            }
            return token.value();
        }
    }

    /** Forgets a token that the gateway refused, unless another thread already replaced it. */
    void discard(String refused) {
        synchronized (lock) {
            CachedToken token = current;
            if (token != null && token.value().equals(refused)) {
                current = null;
            }
        }
    }

    private CachedToken fetch() {
        Instant requestedAt = clock.instant();
        Answer answer = Answer.of(rest.post()
                .uri("/token")
                .headers(headers -> headers.setBasicAuth(formEncoded(clientId), formEncoded(clientSecret)))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON)
                .body("grant_type=client_credentials"), WHAT);
        if (answer.status() == 400 && "invalid_client".equals(json.errorCode(answer))) {
            throw new LgspException(Kind.UNAUTHORIZED, WHAT + ": the LGSP refused the portal's client credentials");
        }
        if (!answer.isSuccess()) {
            throw answer.failure(WHAT);
        }
        TokenAnswer token = json.read(answer, TokenAnswer.class, WHAT);
        if (token.accessToken() == null || token.accessToken().isBlank()) {
            throw new LgspException(Kind.MALFORMED_ANSWER, WHAT + ": the answer holds no access_token");
        }
        Duration lifetime = token.expiresIn() == null || token.expiresIn() <= 0 ? DEFAULT_LIFETIME
                : Duration.ofSeconds(token.expiresIn());
        Duration margin = lifetime.compareTo(RENEWAL_MARGIN.multipliedBy(2)) < 0 ? lifetime.dividedBy(2)
                : RENEWAL_MARGIN;
        return new CachedToken(token.accessToken(), requestedAt.plus(lifetime).minus(margin));
    }

    /** Client id and secret are form-encoded before Basic encoding (RFC 6749, section 2.3.1). */
    private static String formEncoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record CachedToken(String value, Instant renewAt) {

        boolean usableAt(Instant now) {
            return now.isBefore(renewAt);
        }
    }

    record TokenAnswer(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") Long expiresIn) {
    }
}
