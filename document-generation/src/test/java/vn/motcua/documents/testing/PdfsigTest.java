package vn.motcua.documents.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class PdfsigTest {

    private static final String VALID = """
            Digital Signature Info of: /tmp/pdfsig-1.pdf
            Signature #1:
              - Signature Field Name: Signature1
              - Signer Certificate Common Name: H29.12.05 (development)
              - Signing Time: Nov 26 2026 17:52:17
              - Signing Hash Algorithm: SHA-256
              - Signature Type: ETSI.CAdES.detached
              - Signed Ranges: [0 - 61700], [94470 - 112515]
              - Total document signed
              - Signature Validation: Signature is Valid.
            """;

    @Test
    void oneValidSignatureOverTheWholeDocument() {
        PdfsigReport report = Pdfsig.parse(VALID, List.of());

        assertThat(report.signatureCount()).isEqualTo(1);
        assertThat(report.digestMatches()).isTrue();
        assertThat(report.coversWholeDocument()).isTrue();
        assertThat(report.timestampPresent()).isFalse();
    }

    @Test
    void aDumpedSignatureThatIsNoCmsCarriesNoTimestamp() {
        byte[] zeros = new byte[64];

        PdfsigReport report = Pdfsig.parse(VALID, List.of(zeros));

        assertThat(Pdfsig.carriesTimestamp(zeros)).isFalse();
        assertThat(report.timestampPresent()).isFalse();
    }

    @Test
    void aDigestMismatchIsNotValid() {
        PdfsigReport report = Pdfsig.parse(VALID.replace("Signature is Valid.", "Digest Mismatch."), List.of());

        assertThat(report.signatureCount()).isEqualTo(1);
        assertThat(report.digestMatches()).isFalse();
    }

    @Test
    void oneInvalidSignatureOfTwoIsNotValid() {
        String second = VALID.substring(VALID.indexOf("Signature #1:")).replace("#1", "#2")
                .replace("Total document signed", "Not total document signed")
                .replace("Signature is Valid.", "Signature is Invalid.");

        PdfsigReport report = Pdfsig.parse(VALID + second, List.of());

        assertThat(report.signatureCount()).isEqualTo(2);
        assertThat(report.digestMatches()).isFalse();
        assertThat(report.coversWholeDocument()).isTrue();
    }

    @Test
    void noSignatures() {
        PdfsigReport report = Pdfsig.parse("File '/tmp/pdfsig-2.pdf' does not contain any signatures\n", List.of());

        assertThat(report.signatureCount()).isZero();
        assertThat(report.digestMatches()).isFalse();
        assertThat(report.coversWholeDocument()).isFalse();
    }

    @Test
    void runsOnAnUnsignedFile() {
        assumeTrue(Pdfsig.available(), "pdfsig is not installed");

        PdfsigReport report = Pdfsig.check("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(report.signatureCount()).isZero();
        assertThat(report.digestMatches()).isFalse();
    }

    @Test
    void aMissingPdfsigIsSkippedOnADevelopersMachineButFailsWhereCiIsSet() {
        Path missing = Path.of("/nonexistent/pdfsig");

        assertThat(Pdfsig.available(missing, null)).isFalse();
        assertThat(Pdfsig.available(missing, " ")).isFalse();
        assertThatThrownBy(() -> Pdfsig.available(missing, "true")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("CI").hasMessageContaining("poppler-utils");
    }
}
