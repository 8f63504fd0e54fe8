package vn.motcua.workflow.issuance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.documents.DocumentIssuer;

/** The signer of issued documents: the agencies' own keys, signing at once. */
@Configuration(proxyBeanMethods = false)
class IssuanceConfiguration {

    @Bean
    Signer agencyKeySigner(DocumentIssuer issuer) {
        return request -> issuer.issue(request.document(), request.agencyCode()).content();
    }
}
