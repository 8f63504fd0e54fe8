package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;

import vn.motcua.documents.fonts.DocumentFonts;
import vn.motcua.documents.fonts.DocumentFonts.Face;
import vn.motcua.documents.signing.PdfSigner;
import vn.motcua.documents.signing.VisibleSignature;
import vn.motcua.documents.testing.SampleDocuments;
import vn.motcua.documents.testing.TestTimestampAuthority;

/** The signature time-stamp as the verifier sees it, under the B-B and the B-T policy. */
class TimestampVerificationTest {

    @TempDir
    static Path keyDirectory;
    @TempDir
    static Path otherKeyDirectory;
    static SigningKeys keys;
    static TestTimestampAuthority trustedTsa;
    static TestTimestampAuthority otherTsa;
    static Rfc3161Client trustedClient;
    static SignatureVerifier basic;
    static SignatureVerifier withTimestamp;

    @BeforeAll
    static void start() {
        keys = SigningKeys.developmentKeys(keyDirectory, "test-password".toCharArray());
        trustedTsa = TestTimestampAuthority.start("Trusted TSA");
        otherTsa = TestTimestampAuthority.start("Other TSA");
        trustedClient = client(trustedTsa);
        basic = new SignatureVerifier(keys.caCertificate());
        withTimestamp = new SignatureVerifier(keys.caCertificate(), List.of(trustedTsa.certificate()));
    }

    @AfterAll
    static void stop() {
        trustedTsa.close();
        otherTsa.close();
    }

    private static Rfc3161Client client(TestTimestampAuthority tsa) {
        return new Rfc3161Client(tsa.url(), Duration.ofSeconds(2), 1, Duration.ZERO);
    }

    private static byte[] issue(SignatureTimestamper timestamper) {
        return new DocumentIssuer(keys, timestamper).issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE)
                .content();
    }

    @Test
    void aSignatureWithoutTimestampIsRefusedUnderBt() {
        byte[] plain = issue(SignatureTimestamper.NONE);

        Verification verification = withTimestamp.verify(plain);

        assertThat(verification.problem()).isEqualTo("timestamp-missing");
        assertThat(verification.valid()).isFalse();
        assertThat(verification.digestValid()).isTrue();
        assertThat(verification.chainTrusted()).isTrue();
        assertThat(basic.verify(plain).valid()).isTrue();
    }

    @Test
    void aTokenFromAnotherAuthorityIsUntrustedUnderBt() {
        byte[] foreign = issue(client(otherTsa));

        Verification verification = withTimestamp.verify(foreign);

        assertThat(verification.problem()).isEqualTo("timestamp-untrusted");
        assertThat(verification.valid()).isFalse();
        assertThat(verification.timestamped()).isTrue();
        Verification lenient = basic.verify(foreign);
        assertThat(lenient.valid()).isTrue();
        assertThat(lenient.timestamped()).isTrue();
    }

    @Test
    void aTokenWhoseSignatureIsDamagedIsInvalidUnderBothPolicies() {
        byte[] damaged = issue(signatureValue -> trustedClient.timestampToken(signatureValue).map(token -> {
            byte[] copy = token.clone();
            copy[copy.length - 1] ^= 0x01;
            return copy;
        }));

        Verification verification = withTimestamp.verify(damaged);

        assertThat(verification.problem()).isEqualTo("timestamp-invalid");
        assertThat(verification.timestamped()).isFalse();
        assertThat(verification.timestampTime()).isNull();
        assertThat(verification.digestValid()).isTrue();
        assertThat(verification.signatureValid()).isTrue();
        assertThat(basic.verify(damaged).problem()).isEqualTo("timestamp-invalid");
    }

    @Test
    void aTokenOverAnotherSignatureValueIsInvalid() {
        byte[] misplaced = issue(signatureValue -> trustedClient.timestampToken(
                Arrays.copyOf(signatureValue, signatureValue.length - 1)));

        Verification verification = withTimestamp.verify(misplaced);

        assertThat(verification.problem()).isEqualTo("timestamp-invalid");
        assertThat(verification.valid()).isFalse();
    }

    @Test
    void aTrustedTokenValidatesAndDatesTheSignature() {
        Instant before = Instant.now().minusSeconds(1);

        Verification verification = withTimestamp.verify(issue(trustedClient));

        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.timestampTime()).isBetween(before, Instant.now().plusSeconds(1));
        assertThat(verification.signingTime()).isBefore(verification.timestampTime().plusSeconds(1));
    }

    @Test
    void badInputGetsTheSameProblemsUnderBt() throws Exception {
        byte[] signed = issue(trustedClient);
        SigningKeys otherKeys = SigningKeys.developmentKeys(otherKeyDirectory, "other".toCharArray());
        byte[] otherCa = new DocumentIssuer(otherKeys, trustedClient)
                .issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE).content();
        byte[] twice = new PdfSigner(trustedClient).sign(signed, keys.agencyKey("H29.12.06"), Instant.now(),
                new VisibleSignature(1, new Rectangle(40, 40, 200, 90), "Ký lần hai",
                        new Font(DocumentFonts.font(Face.REGULAR), 8)));

        assertThat(withTimestamp.verify("not a pdf".getBytes(StandardCharsets.US_ASCII)).problem())
                .isEqualTo("not-a-pdf");
        assertThat(withTimestamp.verify(Arrays.copyOf(signed, signed.length / 2)).problem()).isEqualTo("truncated");
        assertThat(withTimestamp.verify(encrypted(signed)).problem()).isEqualTo("encrypted");
        assertThat(withTimestamp.verify(twice).problem()).isEqualTo("several-signatures");
        assertThat(withTimestamp.verify(otherCa).problem()).isEqualTo("untrusted-chain");
        assertThat(withTimestamp.verify(null).problem()).isEqualTo("not-a-pdf");
    }

    @Test
    void aBtVerifierNeedsATrustedAuthority() {
        assertThatThrownBy(() -> new SignatureVerifier(keys.caCertificate(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] encrypted(byte[] pdf) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(new PdfReader(pdf), out);
        stamper.setEncryption("user".getBytes(StandardCharsets.US_ASCII), "owner".getBytes(StandardCharsets.US_ASCII),
                PdfWriter.ALLOW_PRINTING, PdfWriter.ENCRYPTION_AES_128);
        stamper.close();
        return out.toByteArray();
    }
}
