package vn.motcua.documents;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

import vn.motcua.documents.keys.AgencyKey;
import vn.motcua.documents.keys.DevelopmentKeyStore;
import vn.motcua.documents.keys.IssuedKeyStore;
import vn.motcua.documents.keys.KeySource;

/**
 * Key source: PKCS#12 keystores in a directory, either generated for development or issued by a real CA.
 * Thread-safe.
 */
public final class SigningKeys {

    private final KeySource store;

    private SigningKeys(KeySource store) {
        this.store = store;
    }

    /**
     * Development keys: creates the directory, {@code dev-ca.p12} and {@code {agencyCode}.p12} lazily, and reuses
     * existing files on later runs, so documents signed earlier stay verifiable.
     *
     * @param directory the keystore directory
     * @param password  the password protecting every keystore in the directory
     * @return the key source
     * @throws DocumentException if the directory cannot be created
     */
    public static SigningKeys developmentKeys(Path directory, char[] password) {
        return new SigningKeys(new DevelopmentKeyStore(directory, password));
    }

    /**
     * Production keys: {@code {agencyCode}.p12} files issued by a CA, never created or replaced here.
     *
     * @param directory     the directory holding one keystore per agency
     * @param password      the password of the keystores
     * @param caCertificate the issuing CA's certificate (PEM or DER), the trust anchor for verification
     * @return the key source
     * @throws DocumentException if the CA certificate cannot be read
     */
    public static SigningKeys issuedKeys(Path directory, char[] password, Path caCertificate) {
        return new SigningKeys(new IssuedKeyStore(directory, password, caCertificate));
    }

    /**
     * @return the CA certificate every agency certificate chains to; give it to {@link SignatureVerifier}
     * @throws DocumentException if the CA keystore cannot be read or created
     */
    public X509Certificate caCertificate() {
        return store.caCertificate();
    }

    AgencyKey agencyKey(String agencyCode) {
        return store.agencyKey(agencyCode);
    }
}
