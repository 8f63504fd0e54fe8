package vn.motcua.documents.verification;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Whether a signer certificate chains to the trusted CA (PKIX, with the intermediates the CMS carries) and may sign
 * documents. Revocation is not checked: development certificates publish no CRL or OCSP responder.
 */
final class ChainCheck {

    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final TrustAnchor anchor;

    ChainCheck(X509Certificate trustedCa) {
        this.anchor = new TrustAnchor(trustedCa, null);
    }

    boolean trusts(X509Certificate signer, Collection<X509Certificate> intermediates, Date at) {
        if (!maySign(signer)) {
            return false;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(Set.of(anchor), target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            List<X509Certificate> pool = new ArrayList<>(intermediates);
            pool.add(signer);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean maySign(X509Certificate signer) {
        boolean[] usage = signer.getKeyUsage();
        return usage == null || usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION];
    }
}
