package vn.motcua.documents.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.documents.DocumentIssuer;
import vn.motcua.documents.Rfc3161Client;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.Signatory;
import vn.motcua.documents.SigningKeys;
import vn.motcua.documents.Verification;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.documents.testing.TemplateSamples;
import vn.motcua.documents.testing.TestTimestampAuthority;

/** Slip 07, the dossier register, issued with a time-stamp and checked by pdfsig and the verifier. */
class DossierRegisterSlipTest {

    private static final Path OUTPUT = Path.of("target", "generated-pdfs");
    private static final Signatory LEADER = new Signatory("CHỦ TỊCH", "Phạm Văn Lãnh");

    @TempDir
    static Path keyDirectory;
    static TestTimestampAuthority tsa;
    static DocumentIssuer issuer;
    static SignatureVerifier verifier;

    @BeforeAll
    static void start() {
        SigningKeys keys = SigningKeys.developmentKeys(keyDirectory, "test-password".toCharArray());
        tsa = TestTimestampAuthority.start("Test TSA");
        verifier = new SignatureVerifier(keys.caCertificate(), List.of(tsa.certificate()));
        issuer = new DocumentIssuer(keys, new Rfc3161Client(tsa.url(), Duration.ofSeconds(5), 3, Duration.ofMillis(50)));
    }

    @AfterAll
    static void stop() {
        tsa.close();
    }

    static DossierRegisterSlip register(int dossiers, long total) {
        List<RegisterLine> lines = new ArrayList<>();
        RegisterLine.Outcome[] outcomes = RegisterLine.Outcome.values();
        Instant received = Instant.parse("2026-03-02T02:00:00Z");
        for (int i = 0; i < dossiers; i++) {
            RegisterLine.Outcome outcome = outcomes[i % outcomes.length];
            lines.add(new RegisterLine(String.format("H29.12.05-2603%02d-%04d", 2 + i % 20, i + 1),
                    "Nguyễn Thị Ánh Tuyết " + i, "Cấp bản sao trích lục hộ tịch", received.plusSeconds(3600L * i),
                    received.plusSeconds(3600L * i + 86_400 * 3), i % 2 == 0 ? received.plusSeconds(3600L * i + 86_400) : null,
                    "Đã trả kết quả", outcome));
        }
        return new DossierRegisterSlip(TemplateSamples.header("H29.12.05/STHS-20260301-20260331", LEADER),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), lines, total);
    }

    @Test
    void aSignedRegisterOfSeveralPagesIsValidForPdfsigAndTheVerifier() throws IOException {
        byte[] pdf = issuer.issue(Templates.render(register(60, 60)), TemplateSamples.AGENCY_CODE).content();
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve("dossier-register.pdf"), pdf);

        String text = PdfText.of(pdf);
        assertThat(text).contains("SỔ THEO DÕI HỒ SƠ", "Từ ngày 01/03/2026 đến ngày 31/03/2026",
                "H29.12.05-260302-0001", "Nguyễn Thị Ánh Tuyết 59", "Trễ hạn", "Đang xử lý, quá hạn",
                "Tổng số hồ sơ tiếp nhận");
        Verification verification = verifier.verify(pdf);
        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.timestamped()).isTrue();

        assumeTrue(Pdfsig.available(), "pdfsig is not installed");
        PdfsigReport report = Pdfsig.check(pdf);
        assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
        assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
        assertThat(report.output()).contains("Signature Validation: Signature is Valid.");
        assertThat(report.timestampPresent()).as(report.output()).isTrue();
    }

    @Test
    void anEmptyPeriodSaysSoAndACutShortRegisterSaysHowManyItLeftOut() {
        String empty = PdfText.of(issuer.issue(Templates.render(register(0, 0)), TemplateSamples.AGENCY_CODE).content());
        assertThat(empty).contains("Không có hồ sơ nào được tiếp nhận trong kỳ này.");

        String cut = PdfText.of(issuer.issue(Templates.render(register(3, 7000)), TemplateSamples.AGENCY_CODE).content());
        assertThat(cut).contains("3 hồ sơ đầu tiên trong tổng số 7000 hồ sơ");
    }
}
