package vn.motcua.lgsp.http;

import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import vn.motcua.lgsp.LgspContext;
import vn.motcua.lgsp.LgspException;
import vn.motcua.lgsp.LgspException.Kind;

/**
 * Makes one API call through the gateway: bearer token, the headers that say who asks and why, one retry with a
 * fresh token when the gateway no longer accepts the cached one (it expired or the gateway restarted mid-run; the
 * request was refused before it reached any database, so even a non-idempotent call may be repeated), and the mapping
 * of failed answers.
 * Answers with another 4xx status are returned, since only the caller knows what they mean (e.g. 404).
 */
final class GatewayClient {

    static final String REQUEST_ID = "X-Request-Id";
    static final String SERVICE_CODE = "X-Service-Code";
    static final String REQUESTING_UNIT = "X-Requesting-Unit";
    static final String OFFICIAL = "X-Official";
    static final String PURPOSE = "X-Purpose";

    private static final Logger log = LoggerFactory.getLogger(GatewayClient.class);

    private final RestClient rest;
    private final AccessTokenProvider tokens;
    private final JsonPayloads json;

    GatewayClient(RestClient rest, AccessTokenProvider tokens, JsonPayloads json) {
        this.rest = rest;
        this.tokens = tokens;
        this.json = json;
    }

    /** GETs an API path (a URI template relative to the base URL, variables encoded). */
    Answer get(String serviceCode, UUID requestId, LgspContext context, String path, Object... variables) {
        return call(serviceCode, requestId.toString(), context, null, path, variables);
    }

    /** POSTs a JSON payload to an API path. */
    Answer post(String serviceCode, UUID requestId, LgspContext context, Object payload, String path,
            Object... variables) {
        return call(serviceCode, requestId.toString(), context, json.write(payload), path, variables);
    }

    private Answer call(String serviceCode, String requestId, LgspContext context, byte[] body, String path,
            Object... variables) {
        String token = tokens.token();
        Answer answer = send(token, requestId, serviceCode, context, body, path, variables);
        if (answer.status() == 401 && isInvalidToken(answer)) {
            log.debug("LGSP refused token for {} (request {}); fetching a new one", serviceCode, requestId);
            tokens.discard(token);
            answer = send(tokens.token(), requestId, serviceCode, context, body, path, variables);
        }
        if (answer.isServerError() || answer.isAuthFailure()) {
            throw answer.failure(serviceCode);
        }
        return answer;
    }

    private Answer send(String token, String requestId, String serviceCode, LgspContext context, byte[] body,
            String path, Object... variables) {
        log.debug("LGSP {} request {} for {} (purpose {})", serviceCode, requestId, context.requestingUnit(),
                context.purpose());
        RestClient.RequestBodySpec request = rest.method(body == null ? HttpMethod.GET : HttpMethod.POST)
                .uri(path, variables)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> setHeaders(headers, token, requestId, serviceCode, context));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return Answer.of(request, serviceCode);
    }

    private static void setHeaders(HttpHeaders headers, String token, String requestId, String serviceCode,
            LgspContext context) {
        headers.setBearerAuth(token);
        headers.set(REQUEST_ID, requestId);
        headers.set(SERVICE_CODE, serviceCode);
        headers.set(REQUESTING_UNIT, context.requestingUnit());
        if (context.official() != null && !context.official().isBlank()) {
            headers.set(OFFICIAL, context.official());
        }
        headers.set(PURPOSE, context.purpose());
    }

    private boolean isInvalidToken(Answer answer) {
        String challenge = answer.challenge();
        return (challenge != null && challenge.toLowerCase(Locale.ROOT).contains("invalid_token"))
                || "invalid_token".equals(json.errorCode(answer));
    }

    /** Reads a successful answer, failing as {@link Kind#MALFORMED_ANSWER} if it cannot be read. */
    <T> T read(Answer answer, Class<T> type, String serviceCode) {
        if (!answer.isSuccess()) {
            throw answer.failure(serviceCode);
        }
        return json.read(answer, type, serviceCode);
    }

    static LgspException malformed(String serviceCode, String problem) {
        return new LgspException(Kind.MALFORMED_ANSWER, serviceCode + ": " + problem);
    }
}
