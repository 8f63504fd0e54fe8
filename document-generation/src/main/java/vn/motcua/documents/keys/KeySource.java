package vn.motcua.documents.keys;

import java.security.cert.X509Certificate;

/** Where signing keys come from: generated development keystores, or keystores issued by a real CA. */
public interface KeySource {

    /** The certificate every agency certificate chains to. */
    X509Certificate caCertificate();

    /** The agency's private key and certificate chain. */
    AgencyKey agencyKey(String agencyCode);
}
