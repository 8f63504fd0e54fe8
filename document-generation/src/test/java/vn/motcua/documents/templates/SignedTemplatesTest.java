package vn.motcua.documents.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.documents.DocumentIssuer;
import vn.motcua.documents.OfficialDocument;
import vn.motcua.documents.Rfc3161Client;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.SigningKeys;
import vn.motcua.documents.Verification;
import vn.motcua.documents.testing.PdfQr;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.documents.testing.TemplateSamples;
import vn.motcua.documents.testing.TestTimestampAuthority;

/**
 * Every template, issued with a time-stamp from a test TSA over HTTP (PAdES B-T), checked by pdfsig, by the B-T
 * verifier and by PDFBox's text extraction; the PDFs are kept in {@code target/generated-pdfs/} for a look.
 */
class SignedTemplatesTest {

    private static final Path OUTPUT = Path.of("target", "generated-pdfs");

    @TempDir
    static Path keyDirectory;
    static TestTimestampAuthority tsa;
    static SignatureVerifier verifier;
    static Instant issuedAfter;
    static final Map<String, TemplateInput> INPUTS = new LinkedHashMap<>();
    static final Map<String, byte[]> ISSUED = new LinkedHashMap<>();

    @BeforeAll
    static void issueEveryTemplate() throws IOException {
        SigningKeys keys = SigningKeys.developmentKeys(keyDirectory, "test-password".toCharArray());
        tsa = TestTimestampAuthority.start("Test TSA");
        verifier = new SignatureVerifier(keys.caCertificate(), List.of(tsa.certificate()));
        DocumentIssuer issuer = new DocumentIssuer(keys,
                new Rfc3161Client(tsa.url(), Duration.ofSeconds(5), 3, Duration.ofMillis(50)));
        issuedAfter = Instant.now().minusSeconds(1);
        Files.createDirectories(OUTPUT);
        add(issuer, "receipt-slip", TemplateSamples.receiptSlip(), Templates::render);
        add(issuer, "supplement-request-slip", TemplateSamples.supplementRequestSlip(), Templates::render);
        add(issuer, "refusal-slip", TemplateSamples.refusalSlip(), Templates::render);
        add(issuer, "apology-slip", TemplateSamples.apologySlip(), Templates::render);
        add(issuer, "stop-processing-slip", TemplateSamples.stopProcessingSlip(), Templates::render);
        add(issuer, "control-slip", TemplateSamples.controlSlip(), Templates::render);
        add(issuer, "civil-status-extract-copy", TemplateSamples.civilStatusExtractCopy(), Templates::render);
        add(issuer, "birth-registration-extract", TemplateSamples.birthRegistrationExtract(), Templates::render);
        add(issuer, "residence-confirmation", TemplateSamples.residenceConfirmation(), Templates::render);
        add(issuer, "health-insurance-card-notice", TemplateSamples.healthInsuranceCardNotice(), Templates::render);
        add(issuer, "household-business-certificate", TemplateSamples.householdBusinessCertificate(),
                Templates::render);
    }

    private static <T extends TemplateInput> void add(DocumentIssuer issuer, String name, T input,
            Function<T, OfficialDocument> template) throws IOException {
        byte[] pdf = issuer.issue(template.apply(input), TemplateSamples.AGENCY_CODE).content();
        Files.write(OUTPUT.resolve(name + ".pdf"), pdf);
        INPUTS.put(name, input);
        ISSUED.put(name, pdf);
    }

    @AfterAll
    static void stopTsa() {
        tsa.close();
    }

    static Stream<String> templates() {
        return Stream.of("receipt-slip", "supplement-request-slip", "refusal-slip", "apology-slip",
                "stop-processing-slip", "control-slip", "civil-status-extract-copy", "birth-registration-extract",
                "residence-confirmation", "health-insurance-card-notice", "household-business-certificate");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void pdfsigFindsOneValidTimestampedSignatureOverTheWholeDocument(String template) {
        assumeTrue(Pdfsig.available(), "pdfsig is not installed");

        PdfsigReport report = Pdfsig.check(ISSUED.get(template));

        assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
        assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
        assertThat(report.output()).contains("Signature Validation: Signature is Valid.",
                "Signature Type: ETSI.CAdES.detached");
        assertThat(report.digestMatches()).as(report.output()).isTrue();
        assertThat(report.timestampPresent()).as(report.output()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void theBtVerifierAcceptsItWithItsTimestamp(String template) {
        Verification verification = verifier.verify(ISSUED.get(template));

        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.timestamped()).isTrue();
        assertThat(verification.timestampTime()).isBetween(issuedAfter, Instant.now().plusSeconds(1));
        assertThat(verification.signerSubject()).startsWith("CN=" + TemplateSamples.AGENCY_CODE);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyInputIsInTheTextExactly(String template) {
        String text = PdfText.of(ISSUED.get(template));

        List<String> inputs = InputStrings.of((Record) INPUTS.get(template));

        assertThat(inputs).hasSizeGreaterThan(10);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "(Ký số)");
        assertThat(text).contains(inputs);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void theQrCodeEncodesTheVerificationUrl(String template) {
        String url = INPUTS.get(template).header().verificationUrl();

        assertThat(PdfQr.decode(ISSUED.get(template))).isEqualTo(url);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void flippingOneSignedByteBreaksTheSignature(String template) {
        byte[] altered = flipByteInFirstStream(ISSUED.get(template));

        Verification verification = verifier.verify(altered);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.problem()).isEqualTo("digest-mismatch");
        if (Pdfsig.available()) {
            PdfsigReport report = Pdfsig.check(altered);
            assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
            assertThat(report.digestMatches()).as(report.output()).isFalse();
            assertThat(report.output()).contains("Digest Mismatch.");
        }
    }

    /** Flips one byte of the first stream's data, which the signature covers (it precedes /Contents). */
    private static byte[] flipByteInFirstStream(byte[] pdf) {
        int start = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("stream\n") + "stream\n".length();
        byte[] copy = pdf.clone();
        copy[start + 10] ^= (byte) 0xFF;
        return copy;
    }
}
