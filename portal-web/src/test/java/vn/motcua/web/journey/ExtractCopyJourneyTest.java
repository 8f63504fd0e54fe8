package vn.motcua.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.Verification;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.web.support.Browser;
import vn.motcua.web.support.DeskSteps;
import vn.motcua.web.support.GeneratedPdfs;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * The thin slice in a real browser: a citizen starts a draft of procedure 2.000635 prefilled from the population
 * database, fills it in, resumes it in a second browser session, attaches a PDF and submits it; the one-stop clerk accepts it, the specialist forwards it, the leader approves it, and the citizen downloads
 * the signed result, which pdfsig accepts and rejects once a signed byte is changed.
 */
@Tag("browser")
class ExtractCopyJourneyTest extends PortalIntegrationTest {

    private static final String PASSWORD = "demo";

    @Autowired
    SignatureVerifier verifier;

    @Test
    void citizenFilesClerkAcceptsSpecialistForwardsLeaderApprovesCitizenDownloadsTheSignedResult() throws Exception {
        String dossierPath;
        String code;
        String draftPath;
        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl("/"));
            assertThat(citizen.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
            citizen.click("procedure-2.000635");
            citizen.click("file-online");
            citizen.logInAtEid("079090001234", PASSWORD);
            citizen.click("start-draft");
            draftPath = citizen.awaitPath("/my/drafts/");

            assertThat(citizen.text("applicantName-value")).isEqualTo("Nguyễn Văn An");
            assertThat(citizen.text("applicantAddress-value")).contains("45 Lê Thánh Tôn");
            assertThat(citizen.text("applicantName-source")).contains("Cơ sở dữ liệu quốc gia về dân cư");
            citizen.type("phone", "0901234567");
            citizen.click("next");

            citizen.type("subjectName", "Nguyễn Thị Mai");
            citizen.setValue("subjectBirthDate", "2019-04-02");
            new Select(citizen.find("subjectGender")).selectByValue("female");
            citizen.type("registrationPlace", "Ủy ban nhân dân phường Bến Thành");
            citizen.type("copies", "2");
            citizen.type("subjectIdNumber", "079219000111");
            citizen.click("next");
            assertThat(citizen.find("error-summary").getText()).as("a number whose gender digit says male")
                    .contains("Số định danh cá nhân không khớp với giới tính đã khai.");
            assertThat(citizen.value("subjectName")).isEqualTo("Nguyễn Thị Mai");
            citizen.type("subjectIdNumber", "079319000111");
            citizen.click("next");
            assertThat(citizen.find("document-1").getText()).contains("Tờ khai");
        }

        // The draft lives on the server: a new browser, a new login, and the citizen goes on where they stopped.
        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl("/my/dossiers"));
            citizen.logInAtEid("079090001234", PASSWORD);
            citizen.click("continue-" + draftPath.substring("/my/drafts/".length()));
            Path pdf = Files.createTempFile("to-khai", ".pdf");
            Files.write(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
            citizen.find("file-1").sendKeys(pdf.toString());
            citizen.click("upload-1");
            assertThat(citizen.text("upload-message")).isEqualTo("Đã tải tệp lên.");
            assertThat(citizen.find("document-1").getText()).contains(pdf.getFileName().toString());
            Files.delete(pdf);
            citizen.click("submit-dossier");

            assertThat(citizen.text("filed-notice")).contains("Đã nộp hồ sơ");
            code = citizen.text("dossier-code");
            assertThat(code).matches("H29\\.12\\.05-\\d{6}-\\d{4}");
            assertThat(citizen.text("dossier-status")).isEqualTo("Mới tiếp nhận trực tuyến, chờ tiếp nhận");
            dossierPath = URI.create(citizen.driver().getCurrentUrl()).getPath();

            citizen.click("nav-my-dossiers");
            assertThat(citizen.text("dossier-" + code)).isEqualTo(code);
            assertThat(citizen.driver().findElement(By.id("dossier-" + code)).findElement(By.xpath("./ancestor::tr")).getText())
                    .contains("Mới tiếp nhận trực tuyến, chờ tiếp nhận");
            assertThat(citizen.driver().findElements(By.id("continue-" + draftPath.substring("/my/drafts/".length()))))
                    .as("the submitted draft is no longer listed").isEmpty();
        }

        try (Browser clerk = new Browser()) {
            DeskSteps.accept(clerk, portalUrl("/desk"), code);
        }

        try (Browser specialist = new Browser()) {
            specialist.open(portalUrl("/inbox"));
            specialist.logInAtEid("chuyenvien.benthanh", PASSWORD);
            specialist.click("task-" + code);
            assertThat(specialist.text("dossier-status")).isEqualTo("Đang xử lý");
            specialist.click("forward");
            assertThat(specialist.text("reviewed-notice")).contains(code);
        }

        try (Browser leader = new Browser()) {
            leader.open(portalUrl("/inbox"));
            leader.logInAtEid("lanhdao.benthanh", PASSWORD);
            leader.click("task-" + code);
            assertThat(leader.text("dossier-status")).isEqualTo("Đang xử lý");
            assertThat(leader.text("due-date")).isNotBlank();
            leader.click("approve");
            assertThat(leader.text("approved-notice")).contains(code);
        }

        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl(dossierPath));
            citizen.logInAtEid("079090001234", PASSWORD);
            awaitResult(citizen, dossierPath);
            assertThat(citizen.text("dossier-status")).isEqualTo("Đã xử lý xong");
            assertThat(citizen.text("timeline")).contains("Đã tiếp nhận").contains("Đang xử lý").contains("Đã xử lý xong");

            String href = citizen.find("download-result").getAttribute("href");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + citizen.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
            byte[] pdf = download.body();
            GeneratedPdfs.keep("journey-result-" + code + ".pdf", pdf);
            assertThat(download.headers().firstValue("X-Content-SHA256")).hasValue(StoredFiles.sha256(pdf));

            PdfsigReport report = Pdfsig.check(pdf);
            assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
            assertThat(report.digestMatches()).as(report.output()).isTrue();
            assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
            Verification verification = verifier.verify(pdf);
            assertThat(verification.valid()).as(verification.toString()).isTrue();
            assertThat(verification.signerSubject()).contains("H29.12.05");

            byte[] tampered = pdf.clone();
            int inSignedRange = firstSignedRangeLength(pdf) / 2;
            tampered[inSignedRange] = (byte) (tampered[inSignedRange] ^ 0x01);
            PdfsigReport tamperedReport = Pdfsig.check(tampered);
            assertThat(tamperedReport.digestMatches()).as(tamperedReport.output()).isFalse();
            assertThat(verifier.verify(tampered).valid()).isFalse();

            citizen.open(portalUrl(dossierPath));
            assertThat(citizen.text("dossier-status")).as("a download changes nothing").isEqualTo("Đã xử lý xong");
            citizen.click("receive-result-button");
            citizen.awaitText("#dossier-status", "Đã trả kết quả");
            assertThat(citizen.text("result-received-notice")).contains("Đã ghi nhận bạn nhận kết quả");
        }
    }

    /** The length of the first part of the signature's /ByteRange [0 length offset rest]. */
    private static int firstSignedRangeLength(byte[] pdf) {
        java.util.regex.Matcher range = java.util.regex.Pattern.compile("/ByteRange\\s*\\[\\s*0\\s+(\\d+)")
                .matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(range.find()).as("the PDF has a /ByteRange").isTrue();
        return Integer.parseInt(range.group(1));
    }

    private static void awaitResult(Browser citizen, String dossierPath) {
        citizen.reloadUntil("signed result", Duration.ofSeconds(90),
                () -> citizen.driver().findElements(By.id("download-result")), links -> !links.isEmpty(),
                () -> "status " + citizen.text("dossier-status"));
    }
}
