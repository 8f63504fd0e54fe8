package vn.motcua.workflow.issuance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;

/** Reads the time-stamping authority's certificate (PEM or DER) from a URL or a file. */
final class TsaCertificates {

    private TsaCertificates() {
    }

    static X509Certificate load(String location, Duration timeout) {
        try {
            byte[] content = location.startsWith("http://") || location.startsWith("https://")
                    ? fetch(URI.create(location), timeout)
                    : Files.readAllBytes(Path.of(location));
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the TSA certificate from " + location, e);
        } catch (CertificateException e) {
            throw new IllegalStateException("Not a certificate at " + location, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the TSA certificate", e);
        }
    }

    private static byte[] fetch(URI location, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newBuilder().connectTimeout(timeout).build()
                .send(HttpRequest.newBuilder(location).timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + location);
        }
        return response.body();
    }
}
