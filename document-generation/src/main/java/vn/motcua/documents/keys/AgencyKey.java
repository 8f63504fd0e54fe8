package vn.motcua.documents.keys;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An agency's signing key with its certificate chain.
 *
 * @param privateKey the signing key
 * @param chain      the agency certificate first, then its issuers up to the CA
 */
public record AgencyKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public AgencyKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a certificate chain needs at least the signer certificate");
        }
    }

    /** @return the agency (signer) certificate */
    public X509Certificate certificate() {
        return chain.get(0);
    }
}
