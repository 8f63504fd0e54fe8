package vn.motcua.workflow.result;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.documents.DocumentIssuer;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.SigningKeys;

/** The document issuer with the agencies' signing keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResultProperties.class)
class ResultConfiguration {

    @Bean
    SigningKeys signingKeys(ResultProperties properties) {
        return SigningKeys.developmentKeys(properties.keyDirectory(), properties.keystorePassword().toCharArray());
    }

    @Bean
    DocumentIssuer documentIssuer(SigningKeys keys) {
        return new DocumentIssuer(keys);
    }

    @Bean
    SignatureVerifier signatureVerifier(SigningKeys keys) {
        return new SignatureVerifier(keys.caCertificate());
    }
}
