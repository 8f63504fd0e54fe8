package vn.motcua.sandbox.tsa;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The authority's RSA key and its self-signed certificate, made once per start and kept in memory. The certificate
 * carries what RFC 3161 asks of a TSA certificate: the sole, critical extended key usage id-kp-timeStamping. Not a
 * record, so that no {@code toString} ever prints the private key.
 */
final class TsaCredentials {

    static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    static final int KEY_SIZE = 2048;
    static final Duration VALIDITY = Duration.ofDays(3650);

    /** Subject and issuer, most significant part first in DER: C, O, CN (read as "CN=…, O=…, C=VN"). */
    static final X500Name NAME = new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.C, "VN")
            .addRDN(BCStyle.O, "Một Cửa")
            .addRDN(BCStyle.CN, "Một Cửa Sandbox TSA")
            .build();

    private final PrivateKey privateKey;
    private final X509Certificate certificate;

    private TsaCredentials(PrivateKey privateKey, X509Certificate certificate) {
        this.privateKey = privateKey;
        this.certificate = certificate;
    }

    /** Makes a fresh key pair and a certificate valid from a day before {@code clock}'s now for ten years. */
    static TsaCredentials generate(Clock clock) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair keys = generator.generateKeyPair();
            Instant now = clock.instant();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(NAME,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(VALIDITY)), NAME, keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, true,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(keys.getPrivate())));
            return new TsaCredentials(keys.getPrivate(), certificate);
        }
        catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
            throw new IllegalStateException("Cannot make the TSA key and certificate", ex);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** The certificate as PEM text. */
    String certificatePem() {
        try {
            Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
            return "-----BEGIN CERTIFICATE-----\n" + base64.encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Cannot encode the TSA certificate", ex);
        }
    }
}
