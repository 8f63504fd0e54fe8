package vn.motcua.web.security;

import java.io.IOException;
import java.util.Map;

import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page's model: Spring Boot's attributes plus a {@code reason} that lets the page say more than the status
 * (e.g. why a login failed or why filing was refused).
 */
@Component
public class ErrorPages extends DefaultErrorAttributes {

    private static final String REASON = ErrorPages.class.getName() + ".reason";

    /**
     * Answers with the error page for a status, explained by a reason.
     *
     * @param request  the refused request
     * @param response its response
     * @param status   the HTTP status
     * @param reason   the reason key the error page knows ({@code error.reason.*}), or {@code null}
     * @throws IOException if the response cannot be written
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String reason)
            throws IOException {
        request.setAttribute(REASON, reason);
        response.sendError(status);
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object reason = request.getAttribute(REASON, RequestAttributes.SCOPE_REQUEST);
        if (reason != null) {
            attributes.put("reason", reason);
        }
        return attributes;
    }
}
