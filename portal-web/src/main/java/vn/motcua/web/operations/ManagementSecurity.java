package vn.motcua.web.operations;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The management port's own filter chain, before the portal's: its endpoints (health and its probes, Prometheus) answer
 * without login, since the port is bound to the loopback address unless the installation opens it to its monitoring
 * network ({@code management.server.address}). The matcher only matches requests to the management port, so the main
 * port serves no endpoint and its {@code /actuator/**} stays behind the portal's rules. Should an installation put the
 * endpoints on the main port ({@code management.server.port} unset or equal), they are refused to everyone.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> {
                    if (ownPort) {
                        requests.anyRequest().permitAll();
                    } else {
                        requests.anyRequest().denyAll();
                    }
                })
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable());
        return http.build();
    }
}
