package vn.motcua.sandbox.tsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;

/** The authority without HTTP: a fixed clock, an own policy, and the requests it must turn down. */
class TimeStampAuthorityTest {

    static final Instant NOW = Instant.parse("2026-03-01T02:03:04Z");
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.2.3.4.5");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final TsaCredentials credentials = TsaCredentials.generate(clock);
    final TimeStampAuthority authority = new TimeStampAuthority(credentials, POLICY, clock);

    @Test
    void grantedTokensCarryTheClockTimeThePolicyAndRisingSerialNumbers() throws Exception {
        TimeStampRequest request = request(TSPAlgorithms.SHA384, "SHA-384", true, null);

        TimeStampResponse first = authority.answer(request);
        TimeStampResponse second = authority.answer(request);

        assertThat(first.getStatus()).isEqualTo(PKIStatus.GRANTED);
        assertThat(first.getFailInfo()).isNull();
        first.validate(request);
        TimeStampToken token = first.getTimeStampToken();
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(credentials.certificate()));
        assertThat(token.getTimeStampInfo().getGenTime()).isEqualTo(Date.from(NOW));
        assertThat(token.getTimeStampInfo().getPolicy()).isEqualTo(POLICY);
        assertThat(token.getTimeStampInfo().getGenTimeAccuracy().getSeconds()).isEqualTo(1);
        assertThat(token.getTimeStampInfo().getSerialNumber()).isEqualTo(BigInteger.ONE);
        assertThat(second.getTimeStampToken().getTimeStampInfo().getSerialNumber()).isEqualTo(BigInteger.TWO);
    }

    @Test
    void certificateGoesInOnlyWhenAskedFor() throws Exception {
        TimeStampToken with = authority.answer(request(TSPAlgorithms.SHA256, "SHA-256", true, null))
                .getTimeStampToken();
        TimeStampToken without = authority.answer(request(TSPAlgorithms.SHA512, "SHA-512", false, null))
                .getTimeStampToken();

        assertThat(with.getCertificates().getMatches(null))
                .containsExactly(new X509CertificateHolder(credentials.certificate().getEncoded()));
        assertThat(without.getCertificates().getMatches(null)).isEmpty();
        without.validate(new JcaSimpleSignerInfoVerifierBuilder().build(credentials.certificate()));
    }

    @Test
    void rejectsOtherAlgorithmsPoliciesExtensionsAndWrongImprintLengths() throws Exception {
        TimeStampRequestGenerator otherPolicy = new TimeStampRequestGenerator();
        otherPolicy.setReqPolicy(new ASN1ObjectIdentifier("1.2.3.9"));
        TimeStampRequestGenerator withExtension = new TimeStampRequestGenerator();
        withExtension.addExtension(new ASN1ObjectIdentifier("1.2.3.10"), false, new DERUTF8String("x"));
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(new byte[] {1});

        assertThat(failInfo(request(TSPAlgorithms.SHA1, "SHA-1", false, null))).isEqualTo(PKIFailureInfo.badAlg);
        assertThat(failInfo(otherPolicy.generate(TSPAlgorithms.SHA256, sha256)))
                .isEqualTo(PKIFailureInfo.unacceptedPolicy);
        assertThat(failInfo(withExtension.generate(TSPAlgorithms.SHA256, sha256)))
                .isEqualTo(PKIFailureInfo.unacceptedExtension);
        assertThat(failInfo(new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA512, sha256)))
                .isEqualTo(PKIFailureInfo.badDataFormat);
    }

    @Test
    void aRejectionLeavesNoTraceInTheNextAnswer() throws Exception {
        authority.answer(request(TSPAlgorithms.MD5, "MD5", false, null));

        TimeStampResponse next = authority.answer(request(TSPAlgorithms.SHA256, "SHA-256", false, null));

        assertThat(next.getStatus()).isEqualTo(PKIStatus.GRANTED);
        assertThat(next.getFailInfo()).isNull();
    }

    @Test
    void certificateIsATimeStampingCertificateOfTheSandbox() throws Exception {
        X509Certificate certificate = credentials.certificate();
        byte[] pem = credentials.certificatePem().getBytes(StandardCharsets.US_ASCII);
        X509Certificate fromPem = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem));

        assertThat(fromPem).isEqualTo(certificate);
        assertThat(credentials.certificatePem()).startsWith("-----BEGIN CERTIFICATE-----\n")
                .endsWith("-----END CERTIFICATE-----\n");
        assertThat(certificate.getSubjectX500Principal())
                .isEqualTo(new X500Principal("CN=Một Cửa Sandbox TSA, O=Một Cửa, C=VN"))
                .isEqualTo(certificate.getIssuerX500Principal());
        assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=Một Cửa Sandbox TSA,O=Một Cửa,C=VN");
        certificate.verify(certificate.getPublicKey());
        certificate.checkValidity(Date.from(NOW));
        assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength()).isEqualTo(2048);
        assertThat(certificate.getCriticalExtensionOIDs())
                .contains(Extension.extendedKeyUsage.getId(), Extension.keyUsage.getId());
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
        assertThat(certificate.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
        assertThat(credentials.toString()).doesNotContain("private");
    }

    private int failInfo(TimeStampRequest request) {
        TimeStampResponse response = authority.answer(request);
        assertThat(response.getStatus()).isEqualTo(PKIStatus.REJECTION);
        assertThat(response.getTimeStampToken()).isNull();
        return response.getFailInfo().intValue();
    }

    static TimeStampRequest request(ASN1ObjectIdentifier algorithm, String digest, boolean certReq, BigInteger nonce)
            throws Exception {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(certReq);
        byte[] document = "hồ sơ H29.12.05-261126-0007".getBytes(StandardCharsets.UTF_8);
        byte[] imprint = MessageDigest.getInstance(digest).digest(document);
        return nonce == null ? generator.generate(algorithm, imprint) : generator.generate(algorithm, imprint, nonce);
    }
}
