package vn.motcua.web.security;

import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAuthority;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasRole;
import static org.springframework.security.authorization.AuthorizationManagers.allOf;

import java.time.Clock;
import java.util.Arrays;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.motcua.cases.audit.SecurityEvent.Kind;
import vn.motcua.cases.staff.StaffAccount;
import vn.motcua.cases.staff.StaffDirectory;

/**
 * Deny by default: every route below names who may use it; anything else is refused. Two chains: REST API v1 with
 * bearer tokens and no session, and the browser portal with an e-ID login session.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String LOGIN = "/oauth2/authorization/eid";
    static final String FILING = "/procedures/{code}/file";
    static final String DRAFT_CHANGES = "/my/drafts/**";
    /** The citizen's changes to a filed dossier: answering a supplement request, withdrawing, paying, evaluating, and
     * acknowledging the result. */
    static final String[] DOSSIER_CHANGES = { "/my/dossiers/{id}/supplement", "/my/dossiers/{id}/withdrawal",
            "/my/dossiers/{id}/payment", "/my/dossiers/{id}/evaluation", "/my/dossiers/{id}/result/receipt" };
    static final String PAYMENT_NOTIFICATIONS = "/payment/notifications";
    static final String API_READ = "SCOPE_dossiers.read";
    static final String API_WRITE = "SCOPE_dossiers.write";

    @Bean
    JwtDecoder apiTokenDecoder(@Value("${motcua.eid.base-url}") String eidBaseUrl,
            @Value("${motcua.eid.issuer}") String eidIssuer, SecurityProperties properties) {
        return ApiTokens.decoder(eidBaseUrl, eidIssuer, properties.apiAudience());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder apiTokenDecoder, SecurityAuditing auditing,
            StaffDirectory staffDirectory) throws Exception {
        BearerTokenAuthenticationEntryPoint unauthenticated = new BearerTokenAuthenticationEntryPoint();
        BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(routes -> routes
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.json.yaml").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/dossiers", "/api/v1/dossiers/{id}",
                                "/api/v1/dossiers/{id}/timeline")
                        .access(allOf(hasAuthority(API_READ), hasRole("CITIZEN")))
                        // reading and following needs any citizen token; every change to a dossier the high level
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers/{id}/supplement",
                                "/api/v1/dossiers/{id}/withdrawal", "/api/v1/dossiers/{id}/evaluation",
                                "/api/v1/dossiers/{id}/result/receipt")
                        .access(allOf(hasAuthority(API_WRITE), hasRole("CITIZEN"), hasAuthority(PortalUser.HIGH_ASSURANCE)))
                        // g1: the catalogue is public; drafts are read with dossiers.read, and every filing-type
                        // change needs dossiers.write and the high e-ID level, as on the pages.
                        .requestMatchers(HttpMethod.GET, "/api/v1/procedures", "/api/v1/procedures/{code}").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/drafts", "/api/v1/drafts/{id}",
                                "/api/v1/drafts/{id}/attachments/{attachmentId}", "/api/v1/dossiers/{id}/documents",
                                "/api/v1/dossiers/{id}/documents/{documentId}")
                        .access(allOf(hasAuthority(API_READ), hasRole("CITIZEN")))
                        .requestMatchers(HttpMethod.POST, "/api/v1/drafts", "/api/v1/drafts/{id}/attachments",
                                "/api/v1/drafts/{id}/submission")
                        .access(allOf(hasAuthority(API_WRITE), hasRole("CITIZEN"), hasAuthority(PortalUser.HIGH_ASSURANCE)))
                        .requestMatchers(HttpMethod.PUT, "/api/v1/drafts/{id}")
                        .access(allOf(hasAuthority(API_WRITE), hasRole("CITIZEN"), hasAuthority(PortalUser.HIGH_ASSURANCE)))
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/drafts/{id}", "/api/v1/drafts/{id}/attachments/{attachmentId}")
                        .access(allOf(hasAuthority(API_WRITE), hasRole("CITIZEN"), hasAuthority(PortalUser.HIGH_ASSURANCE)))
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(apiTokenDecoder).jwtAuthenticationConverter(new ApiTokens(username -> staffDirectory.find(username)
                                .map(StaffAccount::effectiveRoles).orElse(Set.of()))))
                        .authenticationEntryPoint((request, response, failure) -> {
                            auditing.record(Kind.TOKEN_REJECTED, request, failure.getClass().getSimpleName());
                            unauthenticated.commence(request, response, failure);
                        })
                        .accessDeniedHandler((request, response, failure) -> {
                            auditing.record(Kind.ACCESS_DENIED, request, "scope or role");
                            denied.handle(request, response, failure);
                        }))
                // Bearer tokens only: no session, no cookie, hence no CSRF to guard against.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portal(HttpSecurity http, @Value("${motcua.eid.base-url}") String eidBaseUrl,
            @Value("${motcua.payment.base-url}") String paymentBaseUrl,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
            SecurityProperties properties, SecurityAuditing auditing, Clock clock,
            StaffDirectory staffDirectory) throws Exception {
        LoginOutcomes logins = new LoginOutcomes(auditing, clock);
        SessionLifetime lifetime = new SessionLifetime(auditing, clock, properties.absoluteTimeout(), sessionCookie);
        // Filing, every change to a draft and every change to a filed dossier needs the high e-ID level; reading and
        // following one's drafts and dossiers does not.
        RequestMatcher filing = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(FILING),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, DRAFT_CHANGES));
        RequestMatcher dossierChanges = new OrRequestMatcher(Arrays.stream(DOSSIER_CHANGES)
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path))
                .toList());
        http.authorizeHttpRequests(routes -> routes
                        .requestMatchers(HttpMethod.GET, "/", "/procedures/{code}", "/verify", "/verify/{id}", "/css/**", "/js/**",
                                "/favicon.ico", "/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/procedures", "/lookup").permitAll()
                        .requestMatchers(HttpMethod.POST, "/verify").permitAll()
                        // pay: the platform's notifications are public; their checksum is the authentication.
                        .requestMatchers(HttpMethod.POST, PAYMENT_NOTIFICATIONS).permitAll()
                        .requestMatchers(filing).access(allOf(hasRole("CITIZEN"), hasAuthority(PortalUser.HIGH_ASSURANCE)))
                        .requestMatchers(dossierChanges).access(allOf(hasRole("CITIZEN"), hasAuthority(PortalUser.HIGH_ASSURANCE)))
                        .requestMatchers("/my/**").hasRole("CITIZEN")
                        .requestMatchers("/desk/**").hasRole("CLERK")
                        // desk branch: stopping processing is the leader's decision
                        .requestMatchers("/inbox/dossiers/{id}/stop").hasRole("LEADER")
                        // proc: the generic task page serves every role that has tasks, the one-stop desk included
                        .requestMatchers("/inbox/tasks", "/inbox/tasks/**").hasAnyRole("CLERK", "SPECIALIST", "LEADER")
                        .requestMatchers("/inbox/**").hasAnyRole("SPECIALIST", "LEADER")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        // a staff login without a role reaches this page only (403 elsewhere)
                        .requestMatchers(HttpMethod.GET, LoginOutcomes.WITHOUT_ROLE_PAGE).hasAuthority(PortalUser.WITHOUT_ROLE)
                        .requestMatchers(HttpMethod.GET, "/staff/notifications").hasAnyRole("CLERK", "SPECIALIST", "LEADER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/staff/notifications/read").hasAnyRole("CLERK", "SPECIALIST", "LEADER", "ADMIN")
                        // stats: chart library (same origin, so the CSP's script-src 'self' covers it); a leader's
                        // statistics of their own agency (administrators use /admin/statistics)
                        .requestMatchers(HttpMethod.GET, "/webjars/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/statistics", "/statistics/**").hasRole("LEADER")
                        // slip 07 is signed and time-stamped when asked for, hence a POST
                        .requestMatchers(HttpMethod.POST, "/statistics/register.pdf").hasRole("LEADER")
                        .anyRequest().denyAll())
                // pay: server-to-server notifications carry no session and no CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PAYMENT_NOTIFICATIONS)))
                .oauth2Login(login -> login
                        .loginPage(LOGIN)
                        .successHandler(logins)
                        .failureHandler(logins)
                        // the session (in PostgreSQL, any node) holds the login; no node keeps the e-ID's tokens
                        .authorizedClientRepository(new NoAuthorizedClients())
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new EidAuthorities(staffDirectory))))
                .logout(out -> out.addLogoutHandler(logins).logoutSuccessHandler(new EidLogout(eidBaseUrl)).deleteCookies(sessionCookie))
                .addFilterAfter(lifetime, SecurityContextHolderFilter.class)
                // an administrator's change to a staff account counts on its next request
                .addFilterAfter(new CurrentStaffRecord(staffDirectory, auditing, sessionCookie), SessionLifetime.class)
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new DeniedRequests(auditing, filing, dossierChanges)))
                // the page to return to after the login is saved for pages behind a login only: no session otherwise
                .requestCache(cache -> cache.requestCache(SavedRequests.cache()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                                + "frame-ancestors 'none'; form-action 'self' " + eidBaseUrl + " " + paymentBaseUrl))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }
}
