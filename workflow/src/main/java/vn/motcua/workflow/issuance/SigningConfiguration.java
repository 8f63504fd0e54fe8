package vn.motcua.workflow.issuance;

import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import vn.motcua.documents.DocumentIssuer;
import vn.motcua.documents.IssuingSteps;
import vn.motcua.documents.Rfc3161Client;
import vn.motcua.documents.SignatureTimestamper;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.SigningKeys;
import vn.motcua.documents.TraceHeaders;

/**
 * The document issuer with the agencies' signing keys and, when a time-stamping authority is configured,
 * PAdES B-T signatures: then a document is issued with a trusted timestamp or not at all, and the
 * verifier demands one. The {@link Signer} of issued documents signs with these keys at once. Each query to the
 * authority carries the application's {@link TraceHeaders} if it has some (the trace of the signing step).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
class SigningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningConfiguration.class);

    @Bean
    SigningKeys signingKeys(DocumentProperties properties) {
        char[] password = properties.keystorePassword().toCharArray();
        return switch (properties.keySource()) {
            case DEVELOPMENT -> SigningKeys.developmentKeys(properties.keyDirectory(), password);
            case ISSUED -> SigningKeys.issuedKeys(properties.keyDirectory(), password, properties.caCertificate());
        };
    }

    @Bean
    DocumentIssuer documentIssuer(SigningKeys keys, DocumentProperties properties,
            ObjectProvider<ObservationRegistry> observations, ObjectProvider<TraceHeaders> traceHeaders) {
        IssuingSteps steps = observedSteps(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        if (properties.tsaUrl() == null) {
            log.warn("motcua.documents.tsa-url is not set: documents are signed WITHOUT a trusted timestamp (PAdES B-B)");
            return new DocumentIssuer(keys, SignatureTimestamper.NONE, steps);
        }
        return new DocumentIssuer(keys, new Rfc3161Client(properties.tsaUrl(), properties.tsaTimeout(),
                properties.tsaAttempts(), properties.tsaBackoff(),
                traceHeaders.getIfAvailable(() -> TraceHeaders.NONE)), steps);
    }

    /** Each step is an observation: a timer ({@code motcua.documents.rendering}, {@code .signing}) and a span. */
    private static IssuingSteps observedSteps(ObservationRegistry observations) {
        return new IssuingSteps() {
            @Override
            public <T> T run(String step, Supplier<T> work) {
                return Observation.createNotStarted("motcua.documents." + step, observations).observe(work);
            }
        };
    }

    @Bean
    Signer agencyKeySigner(DocumentIssuer issuer) {
        return request -> issuer.issue(request.document(), request.agencyCode()).content();
    }

    @Bean
    SignatureVerifier signatureVerifier(SigningKeys keys, DocumentProperties properties) {
        if (properties.tsaCertificate() == null || properties.tsaCertificate().isBlank()) {
            return new SignatureVerifier(keys.caCertificate());
        }
        return new SignatureVerifier(keys.caCertificate(),
                List.of(TsaCertificates.load(properties.tsaCertificate(), properties.tsaTimeout())));
    }
}
