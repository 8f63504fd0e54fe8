package vn.motcua.sandbox.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

import vn.motcua.sandbox.api.ApiError;

/**
 * What the gateway checks before any API call reaches a database: a valid bearer token, then the headers that say
 * who asks and why. Calls that pass are written to the journal with the status they were answered.
 */
final class GatewayInterceptor implements HandlerInterceptor {

    static final List<String> REQUIRED_HEADERS = List.of("X-Request-Id", "X-Service-Code", "X-Requesting-Unit",
            "X-Purpose");

    private static final Logger log = LoggerFactory.getLogger(GatewayInterceptor.class);

    private final AccessTokens tokens;
    private final GatewayJournal journal;

    GatewayInterceptor(AccessTokens tokens, GatewayJournal journal) {
        this.tokens = tokens;
        this.journal = journal;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        if (!tokens.isActive(token)) {
            throw new ApiError(HttpStatus.UNAUTHORIZED, "invalid_token")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        }
        for (String header : REQUIRED_HEADERS) {
            String value = request.getHeader(header);
            if (value == null || value.isBlank()) {
                throw new ApiError(HttpStatus.BAD_REQUEST, Map.of("error", "missing_header", "header", header));
            }
        }
        log.info("LGSP {} {} request={} service={} unit={} official={} purpose={}", request.getMethod(),
                request.getRequestURI(), request.getHeader("X-Request-Id"), request.getHeader("X-Service-Code"),
                request.getHeader("X-Requesting-Unit"), request.getHeader("X-Official"),
                request.getHeader("X-Purpose"));
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        journal.add(new GatewayJournal.Entry(Instant.now(), request.getMethod(), request.getRequestURI(),
                request.getHeader("X-Request-Id"), request.getHeader("X-Service-Code"),
                request.getHeader("X-Requesting-Unit"), request.getHeader("X-Official"),
                request.getHeader("X-Purpose"), response.getStatus(), request.getHeader("traceparent")));
    }
}
