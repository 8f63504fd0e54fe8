package vn.motcua.web.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultMatcher;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.DocumentIssuer;
import vn.motcua.documents.SigningKeys;
import vn.motcua.documents.keys.DevelopmentKeyStore;
import vn.motcua.documents.signing.PdfSigner;
import vn.motcua.documents.signing.VisibleSignature;
import vn.motcua.documents.testing.SampleDocuments;
import vn.motcua.web.support.IssuedResults;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.workflow.desk.DeskActions;

/** Whatever is uploaded to the public verification page gets a clear verdict, never a 5xx. */
class VerificationUploadTest extends PortalIntegrationTest {

    private static byte[] issued;

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired StoredFiles files;

    @BeforeAll
    static void noResultYet() {
        issued = null;
    }

    private byte[] issuedResult() {
        if (issued == null) {
            StoredFile result = IssuedResults.issue(dossiers, desk, files);
            issued = files.content(result);
        }
        return issued;
    }

    private String verdictFor(byte[] content, ResultMatcher expectedStatus) throws Exception {
        return mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "van-ban.pdf", "application/pdf", content))
                        .with(csrf()))
                .andExpect(expectedStatus).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theIssuedResultIsValid() throws Exception {
        String page = verdictFor(issuedResult(), status().isOk());
        assertThat(page).contains("Văn bản hợp lệ: chữ ký số nguyên vẹn và do Cổng Một Cửa phát hành.")
                .contains("BẢN SAO TRÍCH LỤC HỘ TỊCH");
    }

    @Test
    void oneChangedByteMakesItInvalid() throws Exception {
        byte[] tampered = issuedResult().clone();
        int signedByte = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("stream") + 20;
        tampered[signedByte] ^= 0x01;
        assertThat(verdictFor(tampered, status().isOk())).contains("Văn bản không hợp lệ.")
                .contains("Nội dung văn bản đã bị thay đổi sau khi ký.");
    }

    @Test
    void aFileThatIsNotAPdfOrIsTruncatedGetsAClearVerdict() throws Exception {
        assertThat(verdictFor("Xin chào, đây không phải PDF".getBytes(StandardCharsets.UTF_8), status().isOk()))
                .contains("Tệp không phải là PDF.");
        byte[] truncated = Arrays.copyOf(issuedResult(), issuedResult().length / 2);
        assertThat(verdictFor(truncated, status().isOk())).contains("Tệp PDF bị cắt cụt, không đầy đủ.");
        assertThat(verdictFor(new byte[0], status().isOk())).contains("Vui lòng chọn một tệp PDF.");
    }

    @Test
    void anEncryptedPdfGetsAClearVerdict() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
        }
        assertThat(verdictFor(out.toByteArray(), status().isOk())).contains("Văn bản không hợp lệ.")
                .contains("Tệp PDF được mã hóa nên không kiểm tra được.");
    }

    @Test
    void aPdfWithASecondSignatureGetsAClearVerdict(@TempDir Path otherKeys) throws Exception {
        byte[] twice = new PdfSigner().sign(issuedResult(),
                new DevelopmentKeyStore(otherKeys, "khac".toCharArray()).agencyKey("H29.12.06"), Instant.now(),
                new VisibleSignature(1, new Rectangle(40, 40, 200, 90), "Ký lần hai", new Font()));
        assertThat(verdictFor(twice, status().isOk())).contains("Văn bản không hợp lệ.")
                .contains("Tệp PDF có nhiều chữ ký số; văn bản do Cổng phát hành chỉ có một.");
    }

    @Test
    void aPdfSignedBySomeoneElseIsNotAcceptedAsOurs(@TempDir Path otherKeys) throws Exception {
        byte[] foreign = new DocumentIssuer(SigningKeys.developmentKeys(otherKeys, "khac".toCharArray()))
                .issue(SampleDocuments.receipt(), SampleDocuments.AGENCY_CODE).content();
        assertThat(verdictFor(foreign, status().isOk())).contains("Văn bản không hợp lệ.").containsPattern(
                "Chữ ký số không do cơ quan của Cổng Một Cửa ký\\.|Chữ ký số không có dấu thời gian tin cậy\\.");
    }

    @Test
    void aFileOverTheLimitGets413WithAMessageOverRealHttp() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String form = http.send(HttpRequest.newBuilder(URI.create(portalUrl("/verify"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).as("the upload form carries a CSRF token").isTrue();
        String boundary = "----motcua" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token.group(1) + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(new byte[11 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(portalUrl("/verify")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("Tệp lớn hơn 10 MB, không kiểm tra được.");
    }
}
