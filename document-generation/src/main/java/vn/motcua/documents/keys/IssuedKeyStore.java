package vn.motcua.documents.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore.PrivateKeyEntry;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import vn.motcua.documents.DocumentException;

/**
 * Production key source: {@code {agencyCode}.p12} files issued by a real CA and the CA's certificate, all
 * read from configured paths. It never creates, replaces or renews a key: a missing or expired keystore
 * is an error an operator must fix.
 */
public final class IssuedKeyStore implements KeySource {

    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path directory;
    private final char[] password;
    private final X509Certificate ca;
    private final ConcurrentMap<String, AgencyKey> agencies = new ConcurrentHashMap<>();

    public IssuedKeyStore(Path directory, char[] password, Path caCertificate) {
        this.directory = directory;
        this.password = Arrays.copyOf(password, password.length);
        try (InputStream in = Files.newInputStream(caCertificate)) {
            this.ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new DocumentException("cannot read the CA certificate " + caCertificate, e);
        }
    }

    @Override
    public X509Certificate caCertificate() {
        return ca;
    }

    @Override
    public AgencyKey agencyKey(String agencyCode) {
        if (agencyCode == null || !AGENCY_CODE.matcher(agencyCode).matches()) {
            throw new IllegalArgumentException("not a usable agency code: " + agencyCode);
        }
        return agencies.computeIfAbsent(agencyCode, this::load);
    }

    private AgencyKey load(String agencyCode) {
        Path file = directory.resolve(agencyCode + ".p12");
        try {
            PrivateKeyEntry entry = Pkcs12Files.readAny(file, password)
                    .orElseThrow(() -> new DocumentException("no keystore for agency " + agencyCode + " at " + file));
            X509Certificate certificate = (X509Certificate) entry.getCertificate();
            certificate.checkValidity();
            certificate.verify(ca.getPublicKey());
            return new AgencyKey(entry.getPrivateKey(), List.of(certificate, ca));
        } catch (IOException | GeneralSecurityException e) {
            throw new DocumentException("unusable keystore for agency " + agencyCode + " at " + file + ": " + e.getMessage(), e);
        }
    }
}
