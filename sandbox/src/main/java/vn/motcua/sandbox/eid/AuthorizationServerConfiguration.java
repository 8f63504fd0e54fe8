package vn.motcua.sandbox.eid;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * The OpenID Connect provider: its protocol endpoints, the portal as its one client, and the account claims in ID
 * tokens and userinfo answers. Signing keys come from Spring Boot (a fresh RSA key per start).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String PORTAL_CLIENT_ID = "motcua-portal";
    static final String REDIRECT_PATH = "/login/oauth2/code/eid";
    static final String MOBILE_CLIENT_ID = "motcua-mobile";
    /** Scopes of the portal's REST API v1, which the mobile app may ask for. */
    static final List<String> API_SCOPES = List.of("dossiers.read", "dossiers.write");

    private final EidAccounts accounts;

    AuthorizationServerConfiguration(EidAccounts accounts) {
        this.accounts = accounts;
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(this::userInfo))
                            .logoutEndpoint(logout -> logout.authenticationProviders(providers -> providers.stream()
                                    .filter(OidcLogoutAuthenticationProvider.class::isInstance)
                                    .map(OidcLogoutAuthenticationProvider.class::cast)
                                    .forEach(provider -> provider.setAuthenticationValidator(
                                            new LoopbackLogoutRedirects())))));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(EidProperties properties, PasswordEncoder passwordEncoder) {
        RegisteredClient.Builder portal = RegisteredClient.withId(UUID.nameUUIDFromBytes(PORTAL_CLIENT_ID.getBytes(StandardCharsets.UTF_8))
                        .toString())
                .clientId(PORTAL_CLIENT_ID)
                .clientName("Cổng dịch vụ công Một Cửa")
                .clientSecret(passwordEncoder.encode(properties.portalClientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(false)
                        .build());
        for (String baseUrl : properties.portalBaseUrls()) {
            portal.redirectUri(baseUrl + REDIRECT_PATH).postLogoutRedirectUri(baseUrl + "/");
        }
        RegisteredClient.Builder mobile = RegisteredClient.withId(UUID.nameUUIDFromBytes(MOBILE_CLIENT_ID.getBytes(
                        StandardCharsets.UTF_8)).toString())
                .clientId(MOBILE_CLIENT_ID)
                .clientName("Một Cửa — ứng dụng di động")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(properties.mobileRedirectUri())
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scopes(scopes -> scopes.addAll(API_SCOPES))
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(true)
                        .build());
        return new InMemoryRegisteredClientRepository(portal.build(), mobile.build());
    }

    /** Authorizations in memory, safe under concurrent logins (the library's in-memory service is not). */
    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new ConcurrentAuthorizationService();
    }

    /** Without a configured issuer, each request's own host and port make the issuer. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(EidProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (StringUtils.hasText(properties.issuer())) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        return context -> {
            // The API reads the account type and assurance level from access tokens as the portal does from ID tokens.
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())
                    || OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                accounts.find(context.getPrincipal().getName())
                        .ifPresent(account -> context.getClaims().claims(claims -> claims.putAll(account.claims())));
            }
        };
    }

    private OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String subject = context.getAuthorization().getPrincipalName();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        accounts.find(subject).ifPresent(account -> claims.putAll(account.claims()));
        return new OidcUserInfo(claims);
    }
}
