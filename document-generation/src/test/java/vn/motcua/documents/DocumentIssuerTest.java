package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.motcua.documents.testing.PdfQr;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.documents.testing.SampleDocuments;

class DocumentIssuerTest {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentIssuerTest.class);

    @TempDir
    static Path keyDirectory;
    static SigningKeys keys;
    static DocumentIssuer issuer;
    static SignatureVerifier verifier;
    static Instant issuedAfter;
    static SignedPdf receipt;

    @BeforeAll
    static void issueReceipt() {
        keys = SigningKeys.developmentKeys(keyDirectory, "test-password".toCharArray());
        issuer = new DocumentIssuer(keys);
        verifier = new SignatureVerifier(keys.caCertificate());
        issuedAfter = Instant.now().minusSeconds(1);
        receipt = issuer.issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE);
        LOG.info("signed receipt: {} bytes", receipt.content().length);
    }

    @Test
    void pdfsigFindsOneValidSignatureOverTheWholeDocument() {
        assumeTrue(Pdfsig.available(), "pdfsig is not installed");

        PdfsigReport report = Pdfsig.check(receipt.content());

        assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
        assertThat(report.digestMatches()).as(report.output()).isTrue();
        assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
        assertThat(report.output()).contains("Signature Type: ETSI.CAdES.detached", "Signing Hash Algorithm: SHA-256");
    }

    @Test
    void verifierAcceptsTheIssuedDocument() {
        Verification verification = verifier.verify(receipt.content());

        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.signatureCount()).isEqualTo(1);
        assertThat(verification.signerSubject()).isEqualTo("CN=H29.12.05 (development),O=Một Cửa,C=VN");
        assertThat(verification.signingTime()).isBetween(issuedAfter, Instant.now().plusSeconds(1));
    }

    @Test
    void reportsTheSha256OfTheContent() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(receipt.content());

        assertThat(receipt.sha256()).isEqualTo(HexFormat.of().formatHex(digest)).matches("[0-9a-f]{64}");
    }

    @Test
    void alteringOneSignedByteBreaksTheSignature() {
        byte[] altered = TestPdfs.flipByteInFirstStream(receipt.content());

        Verification verification = verifier.verify(altered);

        assertThat(verification.problem()).isEqualTo("digest-mismatch");
        assertThat(verification.digestValid()).isFalse();
        assertThat(verification.valid()).isFalse();
        if (Pdfsig.available()) {
            PdfsigReport report = Pdfsig.check(altered);
            assertThat(report.digestMatches()).as(report.output()).isFalse();
        }
    }

    @Test
    void bytesAppendedAfterTheSignatureAreNotCovered() {
        byte[] appended = TestPdfs.concat(receipt.content(),
                "\n% appended\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        Verification verification = verifier.verify(appended);

        assertThat(verification.problem()).isEqualTo("not-whole-document");
        assertThat(verification.coversWholeDocument()).isFalse();
        assertThat(verification.digestValid()).isTrue();
    }

    @Test
    void vietnameseTextIsExtractable() {
        String text = PdfText.of(receipt.content());

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH", "Số: 0007/TNHS",
                "Thành phố Hồ Chí Minh, ngày 26 tháng 11 năm 2026", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Người nộp hồ sơ: Nguyễn Văn An", "NGƯỜI TIẾP NHẬN", "(Ký số)", "Trần Thị Bích Ngọc",
                "Tra cứu, xác thực văn bản");
    }

    @Test
    void theQrCodeEncodesTheVerificationUrl() {
        assertThat(PdfQr.decode(receipt.content())).isEqualTo(SampleDocuments.VERIFICATION_URL);
    }

    @Test
    void theVisibleSignatureSitsInTheSignatureBlock() throws Exception {
        try (PDDocument document = Loader.loadPDF(receipt.content())) {
            List<PDSignatureField> fields = document.getSignatureFields();
            assertThat(fields).hasSize(1);
            PDAnnotationWidget widget = fields.get(0).getWidgets().get(0);
            PDSignature signature = fields.get(0).getSignature();
            float pageWidth = document.getPage(0).getMediaBox().getWidth();

            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getCOSObject().getDictionaryObject(COSName.CONTENTS).toString()).isNotEmpty();
            assertThat(widget.getRectangle().getLowerLeftX()).isGreaterThan(pageWidth / 2);
            assertThat(widget.getRectangle().getHeight()).isGreaterThan(30);
            assertThat(widget.getAppearance().getNormalAppearance()).isNotNull();
        }
    }

    @Test
    void aLongDocumentIsSignedOnItsLastPage() throws Exception {
        OfficialDocument sample = SampleDocuments.receipt();
        List<String> paragraphs = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "Đoạn " + i + ": nội dung kiểm tra dàn trang nhiều trang của văn bản hành chính.")
                .toList();
        OfficialDocument longDocument = new OfficialDocument(sample.letterhead(), sample.title(), null,
                new OfficialDocument.Body(sample.lines(), paragraphs), sample.closing());

        SignedPdf signed = issuer.issue(longDocument, SampleDocuments.AGENCY_CODE);

        assertThat(verifier.verify(signed.content()).valid()).isTrue();
        try (PDDocument document = Loader.loadPDF(signed.content())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDPage last = document.getPage(document.getNumberOfPages() - 1);
            assertThat(last.getAnnotations()).anyMatch(annotation -> "Widget".equals(annotation.getSubtype()));
        }
    }

    @Test
    void issuesInParallel() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SignedPdf>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String agency = i % 2 == 0 ? SampleDocuments.AGENCY_CODE : "H29.12.06";
                results.add(pool.submit(() -> issuer.issue(SampleDocuments.receipt(), agency)));
            }
            for (Future<SignedPdf> result : results) {
                assertThat(verifier.verify(result.get().content()).valid()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
