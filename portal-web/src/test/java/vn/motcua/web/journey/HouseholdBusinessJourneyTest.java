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
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import vn.motcua.documents.testing.PdfText;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.web.support.Browser;
import vn.motcua.web.support.GeneratedPdfs;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * Procedure HCM.HKD.01 in a real browser: the citizen files a household business registration from an empty draft
 * with two lines of business (the repeating group grows by its button, without script), attaches the signed request
 * and submits; the clerk accepts and confirms the fee paid at the desk; the specialist forwards; the leader approves;
 * the citizen downloads the signed certificate, which pdfsig accepts.
 */
@Tag("browser")
class HouseholdBusinessJourneyTest extends PortalIntegrationTest {

    private static final String PASSWORD = "demo";

    @Test
    void citizenFilesWithTwoLinesOfBusinessTheDeskTakesTheFeeTheWardDecidesAndTheCitizenDownloadsTheCertificate()
            throws Exception {
        String code;
        String dossierPath;
        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl("/"));
            citizen.click("procedure-HCM.HKD.01");
            citizen.click("file-online");
            citizen.logInAtEid("079090001234", PASSWORD);
            citizen.click("start-draft");
            citizen.awaitPath("/my/drafts/");

            assertThat(citizen.text("ownerName-value")).isEqualTo("Nguyễn Văn An");
            citizen.type("phone", "0901234567");
            citizen.click("next");

            citizen.type("businessName", "Hộ kinh doanh Cơm Tấm An");
            new Select(citizen.find("businessAddress.province")).selectByValue("79");
            new Select(citizen.find("businessAddress.ward")).selectByVisibleText("Phường Bến Thành");
            citizen.type("businessAddress.street", "12 Lê Lợi");
            citizen.type("capital", "150000000");
            citizen.type("businessLines[0].code", "5610");
            citizen.type("businessLines[0].description", "Nhà hàng, quán ăn");
            citizen.click("add-businessLines");
            citizen.type("businessLines[1].code", "5630");
            assertThat(citizen.value("businessLines[0].description")).isEqualTo("Nhà hàng, quán ăn");
            citizen.type("businessLines[1].description", "Dịch vụ phục vụ đồ uống");
            citizen.click("next");

            citizen.click("add-members");
            citizen.type("members[0].name", "Trần Thị Bích");
            citizen.type("members[0].idNumber", "079191004321");
            citizen.type("members[0].share", "40");
            citizen.click("next");

            Path pdf = Files.createTempFile("de-nghi-dang-ky", ".pdf");
            Files.write(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
            citizen.find("file-1").sendKeys(pdf.toString());
            citizen.click("upload-1");
            assertThat(citizen.text("upload-message")).isEqualTo("Đã tải tệp lên.");
            Files.delete(pdf);
            citizen.click("submit-dossier");

            assertThat(citizen.text("filed-notice")).contains("Đã nộp hồ sơ");
            code = citizen.text("dossier-code");
            assertThat(code).matches("H29\\.12\\.05-\\d{6}-\\d{4}");
            assertThat(citizen.text("value-businessLines")).contains("5610").contains("Dịch vụ phục vụ đồ uống");
            dossierPath = URI.create(citizen.driver().getCurrentUrl()).getPath();
        }

        try (Browser clerk = new Browser()) {
            clerk.open(portalUrl("/desk"));
            clerk.logInAtEid("tiepnhan.benthanh", PASSWORD);
            clerk.click("open-" + code);
            clerk.click("accept");
            assertThat(clerk.text("accepted-notice")).contains(code);
            clerk.click("fee-" + code);
            assertThat(clerk.text("dossier-status")).isEqualTo("Yêu cầu thực hiện nghĩa vụ tài chính");
            assertThat(clerk.text("fee-amount")).contains("100.000 đồng");
            clerk.click("confirm-fee");
            assertThat(clerk.text("error-summary")).contains("Vui lòng nhập số biên lai thu lệ phí.");
            clerk.type("receiptNumber", "BL-2026-000123");
            clerk.click("confirm-fee");
            assertThat(clerk.text("fee-notice")).contains(code);
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
            leader.click("approve");
            assertThat(leader.text("approved-notice")).contains(code);
        }

        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl(dossierPath));
            citizen.logInAtEid("079090001234", PASSWORD);
            awaitResult(citizen);
            assertThat(citizen.text("dossier-status")).isEqualTo("Đã xử lý xong");
            assertThat(citizen.text("timeline")).contains("Yêu cầu thực hiện nghĩa vụ tài chính").contains("Đang xử lý");

            String href = citizen.find("download-result").getAttribute("href");
            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + citizen.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            byte[] pdf = download.body();
            GeneratedPdfs.keep("journey-household-business-" + code + ".pdf", pdf);
            PdfsigReport report = Pdfsig.check(pdf);
            assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
            assertThat(report.digestMatches()).as(report.output()).isTrue();
            assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
            assertThat(PdfText.of(pdf)).contains("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH").contains("Hộ kinh doanh Cơm Tấm An")
                    .contains("Nhà hàng, quán ăn").contains("Dịch vụ phục vụ đồ uống").contains("Trần Thị Bích");

            citizen.open(portalUrl(dossierPath));
            assertThat(citizen.text("dossier-status")).isEqualTo("Đã trả kết quả");
        }
    }

    private static void awaitResult(Browser citizen) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (citizen.driver().findElements(By.id("download-result")).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The signed certificate did not appear; status: " + citizen.text("dossier-status"));
            }
            Thread.sleep(500);
            citizen.driver().navigate().refresh();
        }
    }
}
