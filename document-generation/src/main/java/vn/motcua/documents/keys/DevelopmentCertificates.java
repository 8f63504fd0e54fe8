package vn.motcua.documents.keys;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore.PrivateKeyEntry;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Generates the development CA and the agency certificates it issues. */
final class DevelopmentCertificates {

    static final String ORGANIZATION = "Một Cửa";
    private static final int CA_KEY_BITS = 2048;
    private static final int AGENCY_KEY_BITS = 2048;
    private static final int CA_YEARS = 10;
    private static final int AGENCY_YEARS = 3;
    /** Tolerates clocks of other machines that run slightly behind. */
    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DevelopmentCertificates() {
    }

    static PrivateKeyEntry newCa(Instant now) throws GeneralSecurityException {
        KeyPair keys = keyPair(CA_KEY_BITS);
        X500Name subject = name("Một Cửa Development CA");
        X509v3CertificateBuilder builder = builder(subject, subject, keys, now, CA_YEARS);
        X509Certificate certificate = build(builder, keys.getPrivate(), keys.getPublic(),
                new BasicConstraints(true), new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign), null);
        return new PrivateKeyEntry(keys.getPrivate(), new Certificate[] {certificate});
    }

    static PrivateKeyEntry newAgency(String agencyCode, PrivateKeyEntry ca, Instant now)
            throws GeneralSecurityException {
        KeyPair keys = keyPair(AGENCY_KEY_BITS);
        X509Certificate caCertificate = (X509Certificate) ca.getCertificate();
        X500Name issuer = X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = builder(issuer, name(agencyCode + " (development)"), keys, now,
                AGENCY_YEARS);
        X509Certificate certificate = build(builder, ca.getPrivateKey(), keys.getPublic(), new BasicConstraints(false),
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), caCertificate);
        return new PrivateKeyEntry(keys.getPrivate(), new Certificate[] {certificate, caCertificate});
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "VN")
                .addRDN(BCStyle.O, ORGANIZATION)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static KeyPair keyPair(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits, RANDOM);
        return generator.generateKeyPair();
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys, Instant now,
            int years) {
        Instant notBefore = now.minus(BACKDATE);
        Instant notAfter = now.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
        BigInteger serial = new BigInteger(127, RANDOM).add(BigInteger.ONE);
        return new JcaX509v3CertificateBuilder(issuer, serial, Date.from(notBefore), Date.from(notAfter), subject,
                keys.getPublic());
    }

    /** Adds the extensions and signs; {@code issuerCertificate} is {@code null} for a self-signed certificate. */
    private static X509Certificate build(X509v3CertificateBuilder builder, PrivateKey signingKey, PublicKey subjectKey,
            BasicConstraints constraints, KeyUsage usage, X509Certificate issuerCertificate)
            throws GeneralSecurityException {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, constraints)
                    .addExtension(Extension.keyUsage, true, usage)
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(subjectKey))
                    .addExtension(Extension.authorityKeyIdentifier, false, issuerCertificate == null
                            ? extensions.createAuthorityKeyIdentifier(subjectKey)
                            : extensions.createAuthorityKeyIdentifier(issuerCertificate));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(signingKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build a development certificate", e);
        }
    }
}
