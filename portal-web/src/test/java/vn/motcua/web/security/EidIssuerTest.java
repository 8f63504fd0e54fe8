package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SandboxRunner;

/**
 * The e-ID login accepts ID tokens of its configured issuer only. The tokens are signed with the stand-in provider's
 * own key and decoded as the login does: by Spring Security's default ID token decoder (the portal defines no other)
 * over the portal's {@code eid} client registration, which fetches the provider's keys from its JWK set.
 */
class EidIssuerTest extends PortalIntegrationTest {

    private static final String SUBJECT = "079090001234";

    @Autowired
    ClientRegistrationRepository registrations;

    private ClientRegistration eid() {
        return registrations.findByRegistrationId(EidClientRegistration.EID);
    }

    private static String idToken(String issuer, String audience) throws JOSEException {
        RSAKey key = SandboxRunner.eidSigningKey();
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(SUBJECT).audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("account_type", "citizen").build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }

    @Test
    void theClientRegistrationNamesTheConfiguredIssuer() {
        assertThat(eid().getProviderDetails().getIssuerUri()).isEqualTo(SandboxRunner.baseUrl());
    }

    @Test
    void anIdTokenOfTheProviderIsAccepted() throws JOSEException {
        JwtDecoder decoder = new OidcIdTokenDecoderFactory().createDecoder(eid());

        assertThat(decoder.decode(idToken(SandboxRunner.baseUrl(), eid().getClientId())).getSubject()).isEqualTo(SUBJECT);
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefusedThoughSignedWithTheProvidersKey() throws JOSEException {
        JwtDecoder decoder = new OidcIdTokenDecoderFactory().createDecoder(eid());
        String foreign = idToken("https://eid.attacker.example", eid().getClientId());

        assertThatThrownBy(() -> decoder.decode(foreign)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("iss");
    }
}
