package vn.motcua.web.security;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a browser that opened the portal as {@code localhost} to {@code 127.0.0.1}. OAuth 2.1 identity
 * providers accept loopback redirect addresses only as IP literals, and the portal's session cookie must
 * live on the same host as that redirect. It also keeps the portal's cookies apart from the e-ID
 * provider's, which is served as {@code localhost}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoopbackHostRedirect extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("localhost".equalsIgnoreCase(request.getServerName()) && "GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            response.sendRedirect(request.getScheme() + "://127.0.0.1:" + request.getServerPort()
                    + request.getRequestURI() + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }
}
