package vn.motcua.workflow.issuance;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Signing keys, the time-stamping authority and the public verification address printed in QR codes.
 * In development the keystores are generated in {@code keyDirectory} on first use.
 *
 * @param keySource {@code development} (keystores and a CA generated in {@code keyDirectory}) or {@code issued}
 *        (one {@code {agencyCode}.p12} per agency issued by a real CA, never generated; {@code caCertificate} is required)
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
        keySource = keySource == null ? KeySource.DEVELOPMENT : keySource;
        if (keySource == KeySource.ISSUED && caCertificate == null) {
            throw new IllegalArgumentException("motcua.documents.ca-certificate is required with key-source=issued");
        }
        keyDirectory = keyDirectory == null ? Path.of("data", "keys") : keyDirectory;
        keystorePassword = keystorePassword == null ? "motcua-development" : keystorePassword;
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8080" : publicBaseUrl;
        tsaTimeout = tsaTimeout == null ? Duration.ofSeconds(5) : tsaTimeout;
        tsaAttempts = tsaAttempts <= 0 ? 3 : tsaAttempts;
        tsaBackoff = tsaBackoff == null ? Duration.ofSeconds(1) : tsaBackoff;
    }
}
