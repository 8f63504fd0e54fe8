package vn.motcua.documents.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore.PrivateKeyEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import vn.motcua.documents.DocumentException;

/**
 * PKCS#12 keystores in one directory: {@code dev-ca.p12} for the development CA and {@code {agencyCode}.p12} per
 * agency, each created on first use and reused afterwards. An agency keystore whose certificate has expired or was
 * issued by another CA (e.g. after {@code dev-ca.p12} was deleted) is replaced. Thread-safe.
 */
public final class DevelopmentKeyStore implements KeySource {

    private static final String CA_FILE = "dev-ca.p12";
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path directory;
    private final char[] password;
    private final Object caLock = new Object();
    private volatile PrivateKeyEntry ca;
    private final ConcurrentMap<String, AgencyKey> agencies = new ConcurrentHashMap<>();

    /**
     * @param directory the keystore directory, created if missing
     * @param password  the password of every keystore in it (copied)
     */
    public DevelopmentKeyStore(Path directory, char[] password) {
        this.directory = directory;
        this.password = Arrays.copyOf(password, password.length);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new DocumentException("cannot create the key directory " + directory, e);
        }
    }

    /** @return the development CA certificate, creating the CA on first use */
    @Override
    public X509Certificate caCertificate() {
        return (X509Certificate) ca().getCertificate();
    }

    /**
     * @param agencyCode the agency code, e.g. "H29.12.05" (letters, digits, '.', '_' and '-')
     * @return the agency's key and chain, creating them on first use
     */
    @Override
    public AgencyKey agencyKey(String agencyCode) {
        if (agencyCode == null || !AGENCY_CODE.matcher(agencyCode).matches()
                || CA_FILE.equals(agencyCode + ".p12")) {
            throw new IllegalArgumentException("not a usable agency code: " + agencyCode);
        }
        return agencies.computeIfAbsent(agencyCode, this::loadOrCreateAgency);
    }

    private PrivateKeyEntry ca() {
        PrivateKeyEntry current = ca;
        if (current == null) {
            synchronized (caLock) {
                current = ca;
                if (current == null) {
                    current = loadOrCreate(directory.resolve(CA_FILE), entry -> stillValid(entry, entry),
                            () -> DevelopmentCertificates.newCa(Instant.now()));
                    ca = current;
                }
            }
        }
        return current;
    }

    private AgencyKey loadOrCreateAgency(String agencyCode) {
        PrivateKeyEntry authority = ca();
        PrivateKeyEntry entry = loadOrCreate(directory.resolve(agencyCode + ".p12"),
                candidate -> stillValid(candidate, authority),
                () -> DevelopmentCertificates.newAgency(agencyCode, authority, Instant.now()));
        List<X509Certificate> chain = Arrays.stream(entry.getCertificateChain())
                .map(X509Certificate.class::cast)
                .toList();
        return new AgencyKey(entry.getPrivateKey(), chain);
    }

    private PrivateKeyEntry loadOrCreate(Path file, Predicate<PrivateKeyEntry> usable, KeyFactory factory) {
        try {
            Optional<PrivateKeyEntry> existing = Pkcs12Files.read(file, password).filter(usable);
            if (existing.isPresent()) {
                return existing.get();
            }
            PrivateKeyEntry created = factory.create();
            Pkcs12Files.write(file, created, password);
            return created;
        } catch (IOException | GeneralSecurityException e) {
            throw new DocumentException("cannot read or create the development key " + file, e);
        }
    }

    /** Whether the entry's certificate is within its validity period and signed by the authority's key. */
    private static boolean stillValid(PrivateKeyEntry entry, PrivateKeyEntry authority) {
        X509Certificate certificate = (X509Certificate) entry.getCertificate();
        try {
            certificate.verify(authority.getCertificate().getPublicKey());
            certificate.checkValidity(new Date());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @FunctionalInterface
    private interface KeyFactory {
        PrivateKeyEntry create() throws GeneralSecurityException;
    }
}
