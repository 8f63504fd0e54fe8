package vn.motcua.web.operations;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names the node that answered in every response of the main port ({@code X-Motcua-Node}), so that an operator behind
 * the load balancer sees which node served a request. The name is {@code motcua.node-name}, by default the host name.
 * It runs before every other filter, so redirects to the login and error pages carry it too.
 */
@Configuration(proxyBeanMethods = false)
class NodeHeader {

    static final String HEADER = "X-Motcua-Node";

    @Bean
    FilterRegistrationBean<NodeHeaderFilter> nodeHeaderFilter(@Value("${motcua.node-name:}") String configured) {
        FilterRegistrationBean<NodeHeaderFilter> registration = new FilterRegistrationBean<>(
                new NodeHeaderFilter(configured.isBlank() ? hostName() : configured.strip()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    /** Sets the header before the request goes on. */
    static final class NodeHeaderFilter extends OncePerRequestFilter {

        private final String name;

        NodeHeaderFilter(String name) {
            this.name = name;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader(HEADER, name);
            chain.doFilter(request, response);
        }
    }
}
