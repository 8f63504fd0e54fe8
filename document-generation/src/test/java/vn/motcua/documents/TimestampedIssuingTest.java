package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.documents.testing.SampleDocuments;
import vn.motcua.documents.testing.TestTimestampAuthority;

/** Issuing with a time-stamping authority (PAdES B-T), also while it is down. */
class TimestampedIssuingTest {

    private static final int ATTEMPTS = 3;

    @TempDir
    static Path keyDirectory;
    static SigningKeys keys;
    static TestTimestampAuthority tsa;
    static DocumentIssuer issuer;
    static SignatureVerifier verifier;

    @BeforeAll
    static void start() {
        keys = SigningKeys.developmentKeys(keyDirectory, "test-password".toCharArray());
        tsa = TestTimestampAuthority.start("Issuing Test TSA");
        issuer = new DocumentIssuer(keys,
                new Rfc3161Client(tsa.url(), Duration.ofSeconds(2), ATTEMPTS, Duration.ofMillis(20)));
        verifier = new SignatureVerifier(keys.caCertificate(), List.of(tsa.certificate()));
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    @AfterEach
    void recover() {
        tsa.failAlways(false);
        tsa.failNext(0);
    }

    @Test
    void issuesAfterTheAuthorityRecoversFromTwoErrors() {
        tsa.failNext(2);
        int before = tsa.requests();
        Instant issuedAfter = Instant.now().minusSeconds(1);

        SignedPdf pdf = issuer.issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE);

        Verification verification = verifier.verify(pdf.content());
        assertThat(tsa.requests() - before).isEqualTo(3);
        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.timestamped()).isTrue();
        assertThat(verification.timestampTime()).isBetween(issuedAfter, Instant.now().plusSeconds(1));
        if (Pdfsig.available()) {
            PdfsigReport report = Pdfsig.check(pdf.content());
            assertThat(report.digestMatches()).as(report.output()).isTrue();
            assertThat(report.timestampPresent()).as(report.output()).isTrue();
        }
    }

    @Test
    void issuesNothingWhileTheAuthorityIsDown() {
        tsa.failAlways(true);
        int before = tsa.requests();

        assertThatThrownBy(() -> issuer.issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE))
                .isInstanceOf(TimestampUnavailableException.class)
                .isInstanceOf(DocumentException.class)
                .hasMessageContaining(tsa.url().toString());
        assertThat(tsa.requests() - before).isEqualTo(ATTEMPTS);
    }

    @Test
    void issuesAgainOnceTheOutageIsOver() {
        tsa.failAlways(true);
        assertThatThrownBy(() -> issuer.issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE))
                .isInstanceOf(TimestampUnavailableException.class);
        tsa.failAlways(false);

        SignedPdf pdf = issuer.issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE);

        assertThat(verifier.verify(pdf.content()).valid()).isTrue();
    }

    @Test
    void anIssuerWithoutAuthoritySignsWithoutTimestamp() {
        SignedPdf pdf = new DocumentIssuer(keys).issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE);

        Verification verification = new SignatureVerifier(keys.caCertificate()).verify(pdf.content());
        assertThat(verification.valid()).isTrue();
        assertThat(verification.timestamped()).isFalse();
        assertThat(verification.timestampTime()).isNull();
        if (Pdfsig.available()) {
            PdfsigReport report = Pdfsig.check(pdf.content());
            assertThat(report.digestMatches()).as(report.output()).isTrue();
            assertThat(report.timestampPresent()).as(report.output()).isFalse();
        }
    }
}
