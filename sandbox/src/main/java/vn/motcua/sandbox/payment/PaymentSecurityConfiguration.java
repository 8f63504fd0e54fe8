package vn.motcua.sandbox.payment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform is open to all, as a payment gateway is: its merchant API ({@code /paygov/api/**}) is stateless and
 * without CSRF (every request carries its checksum); the hosted page ({@code /paygov/pay/**}) is a browser form with
 * a session-bound CSRF token, like the login form. Both come before the login chain, which would ask for a login.
 */
@Configuration(proxyBeanMethods = false)
class PaymentSecurityConfiguration {

    /** With the API chain (2) and before the login chain (3); the paths of all three are disjoint. */
    static final int ORDER = 2;

    @Bean
    @Order(ORDER)
    SecurityFilterChain paymentApiSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/paygov/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(ORDER)
    SecurityFilterChain hostedPageSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(HostedPage.PATH + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }
}
