package vn.motcua.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.motcua.documents.testing.PdfText;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.web.support.Browser;
import vn.motcua.web.support.DeskSteps;
import vn.motcua.web.support.HouseholdBusinessFiling;
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
            HouseholdBusinessFiling.Filed filed = HouseholdBusinessFiling.fileOnline(citizen, this::portalUrl);
            code = filed.code();
            dossierPath = filed.dossierPath();
        }

        try (Browser clerk = new Browser()) {
            DeskSteps.accept(clerk, portalUrl("/desk"), code);
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
            assertThat(citizen.text("dossier-status")).as("a download changes nothing").isEqualTo("Đã xử lý xong");
            citizen.click("receive-result-button");
            citizen.awaitText("#dossier-status", "Đã trả kết quả");
            assertThat(citizen.text("result-received-notice")).contains("Đã ghi nhận bạn nhận kết quả");
        }
    }

    private static void awaitResult(Browser citizen) {
        citizen.reloadUntil("signed certificate", Duration.ofSeconds(90),
                () -> citizen.driver().findElements(By.id("download-result")), links -> !links.isEmpty(),
                () -> "status " + citizen.text("dossier-status"));
    }
}
