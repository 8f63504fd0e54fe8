package vn.motcua.web.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import vn.motcua.web.support.Browser;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * Procedure HCM.HKD.01 paid online in a real browser: the citizen files, the clerk accepts (status 6), the citizen
 * presses the pay button, pays on the platform's hosted page, comes back to the portal's return page which says the
 * fee is paid, and the dossier moves on to status 4 "Đang xử lý" with the specialist's task in the inbox.
 */
@Tag("browser")
class OnlinePaymentJourneyTest extends PortalIntegrationTest {

    private static final String PASSWORD = "demo";

    @Test
    void citizenFilesTheClerkAcceptsTheCitizenPaysOnlineAndTheDossierMovesOnToTheSpecialist()
            throws Exception {
        String code;
        String dossierPath;
        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl("/"));
            citizen.click("procedure-HCM.HKD.01");
            citizen.click("file-online");
            citizen.logInAtEid("079090001234", PASSWORD);
            citizen.click("start-draft");
            // Read the page before its address: the click returns before the browser has left the previous page.
            assertThat(citizen.text("ownerName-value")).isEqualTo("Nguyễn Văn An");
            citizen.awaitPath("/my/drafts/");
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
        }

        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl(dossierPath));
            citizen.logInAtEid("079090001234", PASSWORD);
            assertThat(citizen.text("dossier-status")).isEqualTo("Yêu cầu thực hiện nghĩa vụ tài chính");
            assertThat(citizen.text("payment-fee")).isEqualTo("100.000 đồng");
            citizen.click("pay-online");

            assertThat(citizen.text("order-id")).startsWith(code);
            citizen.awaitPath("/paygov/pay/");
            assertThat(citizen.text("amount")).contains("100.000");
            citizen.click("bank-VCB");
            citizen.click("pay");

            assertThat(citizen.text("payment-outcome")).contains("Thanh toán thành công");
            assertThat(citizen.awaitPath(dossierPath + "/payment/return")).isEqualTo(dossierPath + "/payment/return");
            String transaction = citizen.text("return-transaction");
            citizen.click("back-to-dossier");
            assertThat(citizen.text("dossier-status")).isEqualTo("Đang xử lý");
            assertThat(citizen.text("payment-paid")).isEqualTo("100.000 đồng");
            assertThat(citizen.text("payment-recorded")).contains(transaction);
            assertThat(citizen.driver().findElements(By.id("pay-online"))).isEmpty();
        }

        try (Browser specialist = new Browser()) {
            specialist.open(portalUrl("/inbox"));
            specialist.logInAtEid("chuyenvien.benthanh", PASSWORD);
            specialist.click("task-" + code);
            assertThat(specialist.text("dossier-status")).isEqualTo("Đang xử lý");
            assertThat(specialist.text("payment-paid")).isEqualTo("100.000 đồng");
        }
    }
}
