package vn.motcua.web.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import vn.motcua.documents.testing.PdfText;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.web.support.Browser;
import vn.motcua.web.support.DeskSteps;
import vn.motcua.web.support.GeneratedPdfs;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * Procedure HCM.LT.01 in a real browser: the mother files birth registration, permanent residence and the child's
 * health-insurance card from the form; the ward's one-stop clerk accepts it; the justice officer registers the birth
 * (the population database issues the child's number); the ward police and social insurance each confirm their part;
 * the desk hands the results over; the mother downloads the three signed results.
 */
@Tag("browser")
class BirthResidenceInsuranceJourneyTest extends PortalIntegrationTest {

    private static final String PASSWORD = "demo";
    private static final List<String> RESULTS = List.of("TRÍCH LỤC KHAI SINH", "XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ",
            "THÔNG BÁO CẤP THẺ BẢO HIỂM Y TẾ");

    @Test
    void theMotherFilesTheWardPoliceAndSocialInsuranceDecideAndSheDownloadsThreeSignedResults() throws Exception {
        String code;
        String dossierPath;
        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl("/"));
            citizen.click("procedure-HCM.LT.01");
            citizen.click("file-online");
            citizen.logInAtEid("079195005678", PASSWORD);
            citizen.click("start-draft");

            assertThat(citizen.text("applicantName-value")).isEqualTo("Trần Thị Bích");
            new Select(citizen.find("applicantRelation")).selectByValue("mother");
            citizen.type("motherName", "Trần Thị Bích");
            citizen.type("motherIdNumber", "079195005678");
            citizen.type("fatherName", "Nguyễn Văn An");
            citizen.type("fatherIdNumber", "079090001234");
            citizen.type("phone", "0907654321");
            citizen.click("next");

            citizen.type("childName", "Nguyễn Ngọc Hân");
            citizen.setValue("childBirthDate", LocalDate.now().minusDays(20).toString());
            new Select(citizen.find("childGender")).selectByValue("female");
            new Select(citizen.find("childBirthPlace.province")).selectByValue("79");
            new Select(citizen.find("childBirthPlace.ward")).selectByVisibleText("Phường Bến Thành");
            citizen.type("childBirthPlace.street", "284 Cống Quỳnh");
            citizen.click("next");
            citizen.click("next");

            Path pdf = Files.createTempFile("giay-chung-sinh", ".pdf");
            Files.write(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
            citizen.find("file-1").sendKeys(pdf.toString());
            citizen.click("upload-1");
            assertThat(citizen.text("upload-message")).isEqualTo("Đã tải tệp lên.");
            awaitText(citizen, "document-1", pdf.getFileName().toString());
            citizen.find("file-2").sendKeys(pdf.toString());
            citizen.click("upload-2");
            awaitText(citizen, "document-2", pdf.getFileName().toString());
            Files.delete(pdf);
            citizen.click("submit-dossier");

            assertThat(citizen.text("filed-notice")).contains("Đã nộp hồ sơ");
            code = citizen.text("dossier-code");
            assertThat(code).matches("H29\\.12\\.05-\\d{6}-\\d{4}");
            dossierPath = URI.create(citizen.driver().getCurrentUrl()).getPath();
        }

        try (Browser clerk = new Browser()) {
            DeskSteps.accept(clerk, portalUrl("/desk"), code);
        }

        try (Browser justice = new Browser()) {
            justice.open(portalUrl("/inbox"));
            justice.logInAtEid("chuyenvien.benthanh", PASSWORD);
            justice.click("handle-" + code);
            assertThat(justice.text("dossier-status")).isEqualTo("Đang xử lý");
            assertThat(justice.text("task-attachments")).contains("giay-chung-sinh");
            justice.click("decision-return");
            justice.click("complete-task");
            assertThat(justice.text("error-summary")).contains("Vui lòng ghi lý do trả lại hồ sơ.");
            justice.click("decision-forward");
            justice.type("comment", "Đã đăng ký khai sinh, đề nghị cấp số định danh cá nhân");
            justice.click("complete-task");
            assertThat(justice.text("completed-notice")).contains(code);
        }

        try (Browser police = new Browser()) {
            police.open(portalUrl("/inbox"));
            police.logInAtEid("congan.benthanh", PASSWORD);
            awaitLink(police, "handle-" + code);
            police.click("handle-" + code);
            assertThat(police.text("task-notes")).contains("Đã đăng ký khai sinh");
            police.type("comment", "Đã đăng ký thường trú cho trẻ");
            police.click("complete-task");
            assertThat(police.text("completed-notice")).contains(code);
        }

        try (Browser insurance = new Browser()) {
            insurance.open(portalUrl("/inbox"));
            insurance.logInAtEid("bhxh.thanhpho", PASSWORD);
            awaitLink(insurance, "handle-" + code);
            insurance.click("handle-" + code);
            insurance.find("complete-task"); // on the task page now
            assertThat(insurance.driver().findElements(By.id("decision-return"))).as("no return from this step").isEmpty();
            insurance.click("complete-task");
            assertThat(insurance.text("completed-notice")).contains(code);
        }

        try (Browser clerk = new Browser()) {
            clerk.open(portalUrl("/inbox/tasks"));
            clerk.logInAtEid("tiepnhan.benthanh", PASSWORD);
            awaitLink(clerk, "open-" + code);
            clerk.click("open-" + code);
            clerk.click("complete-task");
            assertThat(clerk.text("completed-notice")).contains(code);
        }

        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl(dossierPath));
            citizen.logInAtEid("079195005678", PASSWORD);
            Map<String, String> links = awaitResults(citizen);
            assertThat(citizen.text("dossier-status")).isEqualTo("Đã xử lý xong");
            for (Map.Entry<String, String> result : links.entrySet()) {
                HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(result.getValue()))
                        .header("Cookie", "JSESSIONID=" + citizen.cookie("JSESSIONID")).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(download.statusCode()).isEqualTo(200);
                byte[] pdf = download.body();
                GeneratedPdfs.keep("journey-birth-" + RESULTS.indexOf(result.getKey()) + "-" + code + ".pdf", pdf);
                PdfsigReport report = Pdfsig.check(pdf);
                assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
                assertThat(report.digestMatches()).as(report.output()).isTrue();
                assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
                assertThat(PdfText.of(pdf)).as(result.getKey()).contains("Nguyễn Ngọc Hân").contains(code);
            }
            citizen.open(portalUrl(dossierPath));
            assertThat(citizen.text("dossier-status")).as("a download changes nothing").isEqualTo("Đã xử lý xong");
            citizen.click("receive-result-button");
            citizen.awaitText("#dossier-status", "Đã trả kết quả");
            assertThat(citizen.text("result-received-notice")).contains("Đã ghi nhận bạn nhận kết quả");
        }
    }

    /** Waits until the element (read again after each page load) shows the text. */
    private static void awaitText(Browser browser, String id, String text) {
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .pollInSameThread().untilAsserted(() -> assertThat(browser.text(id)).as(id).contains(text));
    }

    /** Refreshes until the asynchronous step before (an external call) has routed the task here. */
    private static void awaitLink(Browser browser, String id) {
        browser.reloadUntil("link " + id, Duration.ofSeconds(90), () -> browser.driver().findElements(By.id(id)),
                links -> !links.isEmpty(), () -> "no such link");
    }

    /** The download links of the three results, by title, once all three are issued. */
    private static Map<String, String> awaitResults(Browser citizen) {
        return citizen.reloadUntil("three results", Duration.ofSeconds(120), () -> resultLinks(citizen),
                links -> links.size() == RESULTS.size(),
                () -> "results so far " + resultLinks(citizen).keySet() + "; status " + citizen.text("dossier-status"));
    }

    private static Map<String, String> resultLinks(Browser citizen) {
        Map<String, String> links = new LinkedHashMap<>();
        for (WebElement row : citizen.driver().findElements(By.cssSelector("#issued-documents tbody tr"))) {
            String title = row.findElement(By.tagName("th")).getText().strip();
            if (RESULTS.contains(title)) {
                links.put(title, row.findElement(By.tagName("a")).getAttribute("href"));
            }
        }
        return links;
    }
}
