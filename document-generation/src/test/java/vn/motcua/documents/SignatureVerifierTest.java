package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

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
import vn.motcua.documents.pdf.OfficialDocumentRenderer;
import vn.motcua.documents.signing.PdfSigner;
import vn.motcua.documents.signing.VisibleSignature;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.documents.testing.SampleDocuments;

class SignatureVerifierTest {

    @TempDir
    static Path keyDirectory;
    @TempDir
    static Path otherKeyDirectory;
    static SigningKeys keys;
    static SignatureVerifier verifier;
    static byte[] signed;

    @BeforeAll
    static void issue() {
        keys = SigningKeys.developmentKeys(keyDirectory, "test-password".toCharArray());
        verifier = new SignatureVerifier(keys.caCertificate());
        signed = new DocumentIssuer(keys).issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE).content();
    }

    @Test
    void anythingButAPdfIsNotAPdf() {
        assertThat(verifier.verify("hello, world".getBytes(StandardCharsets.UTF_8)).problem()).isEqualTo("not-a-pdf");
        assertThat(verifier.verify(new byte[0]).problem()).isEqualTo("not-a-pdf");
        assertThat(verifier.verify(null).problem()).isEqualTo("not-a-pdf");
    }

    @Test
    void aTruncatedPdfIsRefused() {
        Verification verification = verifier.verify(Arrays.copyOf(signed, signed.length / 2));

        assertThat(verification.problem()).isEqualTo("truncated");
        assertThat(verification.valid()).isFalse();
    }

    @Test
    void aPdfWithBrokenStructureIsUnreadable() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(verifier.verify(broken).problem()).isEqualTo("unreadable");
    }

    @Test
    void anUnsignedPdfHasNoSignature() {
        byte[] unsigned = new OfficialDocumentRenderer().render(SampleDocuments.receipt()).content();

        Verification verification = verifier.verify(unsigned);

        assertThat(verification.problem()).isEqualTo("no-signature");
        assertThat(verification.signatureCount()).isZero();
    }

    @Test
    void anEncryptedPdfIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(new PdfReader(signed), out);
        stamper.setEncryption("user".getBytes(StandardCharsets.US_ASCII), "owner".getBytes(StandardCharsets.US_ASCII),
                PdfWriter.ALLOW_PRINTING, PdfWriter.ENCRYPTION_AES_128);
        stamper.close();

        assertThat(verifier.verify(out.toByteArray()).problem()).isEqualTo("encrypted");
    }

    @Test
    void aSecondSignatureIsReported() {
        byte[] twice = new PdfSigner().sign(signed, keys.agencyKey("H29.12.06"), Instant.now(),
                new VisibleSignature(1, new Rectangle(40, 40, 200, 90), "Ký lần hai",
                        new Font(DocumentFonts.font(Face.REGULAR), 8)));

        Verification verification = verifier.verify(twice);

        assertThat(verification.problem()).isEqualTo("several-signatures");
        assertThat(verification.signatureCount()).isEqualTo(2);
        assertThat(verification.coversWholeDocument()).isTrue();
        assertThat(verification.digestValid()).isTrue();
        assertThat(verification.valid()).isFalse();
        if (Pdfsig.available()) {
            PdfsigReport report = Pdfsig.check(twice);
            assertThat(report.signatureCount()).as(report.output()).isEqualTo(2);
            assertThat(report.digestMatches()).as(report.output()).isTrue();
        }
    }

    @Test
    void aSignatureFromAnotherCaIsNotTrusted() {
        SigningKeys otherKeys = SigningKeys.developmentKeys(otherKeyDirectory, "other".toCharArray());
        byte[] foreign = new DocumentIssuer(otherKeys).issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE)
                .content();

        Verification verification = verifier.verify(foreign);

        assertThat(verification.problem()).isEqualTo("untrusted-chain");
        assertThat(verification.digestValid()).isTrue();
        assertThat(verification.signatureValid()).isTrue();
        assertThat(verification.chainTrusted()).isFalse();
        assertThat(new SignatureVerifier(otherKeys.caCertificate()).verify(foreign).valid()).isTrue();
    }

    @Test
    void aDamagedSignatureValueIsInvalid() {
        byte[] damaged = flipLastByteOfSignatureValue(signed);

        Verification verification = verifier.verify(damaged);

        assertThat(verification.problem()).isEqualTo("signature-invalid");
        assertThat(verification.digestValid()).isTrue();
        assertThat(verification.signatureValid()).isFalse();
    }

    @Test
    void contentsThatAreNoCmsSignatureAreInvalid() {
        int contents = TestPdfs.indexOf(signed, "/Contents <") + "/Contents <".length();
        byte[] garbage = signed.clone();
        Arrays.fill(garbage, contents, contents + 16, (byte) 'f');

        Verification verification = verifier.verify(garbage);

        assertThat(verification.problem()).isEqualTo("signature-invalid");
        assertThat(verification.signerSubject()).isNull();
    }

    @Test
    void aByteRangeThatLeavesMoreThanTheSignatureUnsignedIsRefused() {
        String original = new String(signed, StandardCharsets.ISO_8859_1);
        int start = original.indexOf("/ByteRange [0 ") + "/ByteRange [0 ".length();
        int end = original.indexOf(' ', start);
        int gapStart = Integer.parseInt(original.substring(start, end));
        String widened = String.format("%-" + (end - start) + "d", gapStart - 1);
        byte[] altered = signed.clone();
        System.arraycopy(widened.getBytes(StandardCharsets.US_ASCII), 0, altered, start, widened.length());

        assertThat(verifier.verify(altered).problem()).isEqualTo("byte-range-invalid");
    }

    /** The signature value is the last field of the CMS: flip its last byte, found from the DER length. */
    private static byte[] flipLastByteOfSignatureValue(byte[] pdf) {
        int contents = TestPdfs.indexOf(pdf, "/Contents <") + "/Contents <".length();
        byte[] header = HexFormat.of().parseHex(new String(pdf, contents, 8, StandardCharsets.US_ASCII));
        assertThat(header[0] & 0xFF).isEqualTo(0x30);
        assertThat(header[1] & 0xFF).isEqualTo(0x82);
        int derLength = 4 + ((header[2] & 0xFF) << 8 | header[3] & 0xFF);
        int lastHexDigit = contents + 2 * derLength - 1;
        byte[] copy = pdf.clone();
        copy[lastHexDigit] = (byte) (copy[lastHexDigit] == '0' ? '1' : '0');
        return copy;
    }
}
