package vn.motcua.sandbox.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The LGSP gateway ({@code /lgsp/**}), the time-stamping authority ({@code /tsa}, {@code /tsa/**}) and the sandbox
 * controls ({@code /sandbox/**}) are stateless machine-to-machine APIs: no session, no CSRF, no login. The gateway
 * checks its own bearer tokens; the time-stamping authority is public.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final int ORDER = 2;

    @Bean
    @Order(ORDER)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/lgsp/**", "/tsa", "/tsa/**", "/sandbox/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
