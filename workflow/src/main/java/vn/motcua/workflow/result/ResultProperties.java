package vn.motcua.workflow.result;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where signing keys live and where the public verification page is, for the QR code on every result.
 * In development the keystores are generated in {@code keyDirectory} on first use.
 */
@ConfigurationProperties("motcua.documents")
public record ResultProperties(Path keyDirectory, String keystorePassword, String publicBaseUrl) {

    public ResultProperties {
        keyDirectory = keyDirectory == null ? Path.of("data", "keys") : keyDirectory;
        keystorePassword = keystorePassword == null ? "motcua-development" : keystorePassword;
        publicBaseUrl = publicBaseUrl == null ? "http://localhost:8080" : publicBaseUrl;
    }
}
