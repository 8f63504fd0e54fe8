package vn.motcua.workflow.issuance;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Signing keys, the time-stamping authority and the public verification address printed in QR codes. None of them has
 * a default: the demo profile sets development values, a production installation its own.
 *
 * @param keySource {@code development} (keystores and a CA generated in {@code keyDirectory}; the demo) or {@code issued}
 *        (one {@code {agencyCode}.p12} per agency issued by a real CA, never generated; {@code caCertificate} is required)
 * @param keyDirectory where the agencies' keystores are
 * @param keystorePassword the keystores' password
 * @param publicBaseUrl the portal's public address, printed in QR codes
 * @param tsaUrl RFC 3161 endpoint; when set, every document carries a trusted timestamp or is not issued
 * @param tsaCertificate where the TSA's certificate is read for verification: an http(s) URL or a file path
 * @param tsaAttempts tries per timestamp before signing fails (the process engine then retries the job)
 */
@ConfigurationProperties("motcua.documents")
public record DocumentProperties(KeySource keySource, Path keyDirectory, String keystorePassword, Path caCertificate,
        String publicBaseUrl, URI tsaUrl, String tsaCertificate, Duration tsaTimeout, int tsaAttempts, Duration tsaBackoff) {

    /** Where the agencies' signing keys come from. */
    public enum KeySource {
        DEVELOPMENT, ISSUED
    }

    public DocumentProperties {
        List<String> missing = new ArrayList<>();
        if (keySource == null) {
            missing.add("motcua.documents.key-source (development or issued)");
        }
        if (keySource == KeySource.ISSUED && caCertificate == null) {
            missing.add("motcua.documents.ca-certificate (required with key-source=issued)");
        }
        if (keyDirectory == null) {
            missing.add("motcua.documents.key-directory");
        }
        if (keystorePassword == null || keystorePassword.isEmpty()) {
            missing.add("motcua.documents.keystore-password");
        }
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            missing.add("motcua.documents.public-base-url");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Missing settings: " + String.join(", ", missing));
        }
        tsaTimeout = tsaTimeout == null ? Duration.ofSeconds(5) : tsaTimeout;
        tsaAttempts = tsaAttempts <= 0 ? 3 : tsaAttempts;
        tsaBackoff = tsaBackoff == null ? Duration.ofSeconds(1) : tsaBackoff;
    }
}
