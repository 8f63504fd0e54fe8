package vn.motcua.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Deny by default: every route below names who may use it; anything else is refused. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN = "/oauth2/authorization/eid";

    @Bean
    SecurityFilterChain portal(HttpSecurity http, ClientRegistrationRepository registrations,
            @Value("${motcua.eid.base-url}") String eidBaseUrl) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(routes -> routes
                        .requestMatchers(HttpMethod.GET, "/", "/procedures/{code}", "/verify", "/verify/{id}", "/css/**",
                                "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/verify").permitAll()
                        .requestMatchers("/procedures/{code}/file", "/my/**").hasRole("CITIZEN")
                        .requestMatchers("/desk/**").hasRole("CLERK")
                        .requestMatchers("/inbox/**").hasAnyRole("SPECIALIST", "LEADER")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().denyAll())
                .oauth2Login(login -> login
                        .loginPage(LOGIN)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new EidAuthorities())))
                .logout(out -> out.logoutSuccessHandler(logout))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                                + "frame-ancestors 'none'; form-action 'self' " + eidBaseUrl))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
