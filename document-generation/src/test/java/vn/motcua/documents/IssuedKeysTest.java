package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.documents.testing.SampleDocuments;

/** Production keys are read from configured keystores and a CA certificate, and never created or replaced. */
class IssuedKeysTest {

    private static final char[] PASSWORD = "mat-khau".toCharArray();

    @Test
    void signsWithAKeystoreIssuedElsewhereAndCreatesNothing(@TempDir Path issuing, @TempDir Path production) throws Exception {
        SigningKeys ca = SigningKeys.developmentKeys(issuing, PASSWORD);
        new DocumentIssuer(ca).issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE);
        Files.copy(issuing.resolve(SampleDocuments.AGENCY_CODE + ".p12"), production.resolve(SampleDocuments.AGENCY_CODE + ".p12"));
        Path caFile = production.resolve("ca.der");
        Files.write(caFile, ca.caCertificate().getEncoded());

        SigningKeys keys = SigningKeys.issuedKeys(production, PASSWORD, caFile);
        SignedPdf pdf = new DocumentIssuer(keys).issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE);

        assertThat(new SignatureVerifier(keys.caCertificate()).verify(pdf.content()).valid()).isTrue();
        try (Stream<Path> files = Files.list(production)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("H29.12.05.p12", "ca.der");
        }
        assertThatThrownBy(() -> new DocumentIssuer(keys).issue(SampleDocuments.receipt(), "H29.12.07"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("no keystore for agency H29.12.07");
    }

    @Test
    void refusesAKeystoreNotIssuedByTheConfiguredCa(@TempDir Path one, @TempDir Path other) throws Exception {
        SigningKeys first = SigningKeys.developmentKeys(one, PASSWORD);
        first.caCertificate();
        new DocumentIssuer(first).issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE);
        Path foreignCa = other.resolve("ca.der");
        Files.write(foreignCa, SigningKeys.developmentKeys(other.resolve("dev"), PASSWORD).caCertificate().getEncoded());

        SigningKeys keys = SigningKeys.issuedKeys(one, PASSWORD, foreignCa);
        assertThatThrownBy(() -> new DocumentIssuer(keys).issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE))
                .isInstanceOf(DocumentException.class).hasMessageContaining("unusable keystore for agency H29.12.05");
    }
}
