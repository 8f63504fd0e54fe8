package vn.motcua.documents;

import java.nio.file.Path;
import java.security.cert.X509Certificate;

import vn.motcua.documents.keys.AgencyKey;
import vn.motcua.documents.keys.DevelopmentKeyStore;

/**
 * Key source: PKCS#12 keystores in a directory; a development CA and one key per agency are generated on first use.
 * Thread-safe.
 */
public final class SigningKeys {

    private final DevelopmentKeyStore store;

    private SigningKeys(DevelopmentKeyStore store) {
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
