package vn.motcua.web.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The e-ID login client, as Spring Boot maps it from {@code spring.security.oauth2.client.*}, with the provider's issuer
 * ({@code motcua.eid.issuer}) set on it: Spring Security's ID token validator then refuses a token whose {@code iss}
 * is any other. The issuer is given explicitly rather than as Boot's {@code issuer-uri}, which would fetch the
 * provider's discovery document at every start and make the portal's start depend on the provider being up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class EidClientRegistration {

    static final String EID = "eid";

    @Bean
    InMemoryClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
            @Value("${motcua.eid.issuer}") String issuer) {
        List<ClientRegistration> registrations = new OAuth2ClientPropertiesMapper(properties).asClientRegistrations()
                .values().stream()
                .map(registration -> EID.equals(registration.getRegistrationId())
                        ? ClientRegistration.withClientRegistration(registration).issuerUri(issuer).build()
                        : registration)
                .toList();
        return new InMemoryClientRegistrationRepository(registrations);
    }
}
