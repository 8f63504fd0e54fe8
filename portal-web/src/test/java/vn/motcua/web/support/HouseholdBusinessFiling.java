package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.openqa.selenium.support.ui.Select;

/**
 * Nguyễn Văn An files a household business registration (HCM.HKD.01) in a real browser, as the browser journeys begin:
 * from the home page and an empty draft, two lines of business (the repeating group grows by its button, without
 * script), one member, the signed request attached.
 */
public final class HouseholdBusinessFiling {

    /** The filed dossier: its code and the path of its page for the citizen. */
    public record Filed(String code, String dossierPath) {
    }

    private HouseholdBusinessFiling() {
    }

    /** Files the dossier; {@code portalUrl} makes an address of the portal under test from a path. */
    public static Filed fileOnline(Browser citizen, Function<String, String> portalUrl) throws IOException {
        citizen.open(portalUrl.apply("/"));
        citizen.click("procedure-HCM.HKD.01");
        citizen.click("file-online");
        citizen.logInAtEid("079090001234", "demo");
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
        try {
            Files.write(pdf, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
            citizen.find("file-1").sendKeys(pdf.toString());
            citizen.click("upload-1");
            assertThat(citizen.text("upload-message")).isEqualTo("Đã tải tệp lên.");
        } finally {
            Files.delete(pdf);
        }
        citizen.click("submit-dossier");

        assertThat(citizen.text("filed-notice")).contains("Đã nộp hồ sơ");
        String code = citizen.text("dossier-code");
        assertThat(code).matches("H29\\.12\\.05-\\d{6}-\\d{4}");
        assertThat(citizen.text("value-businessLines")).contains("5610").contains("Dịch vụ phục vụ đồ uống");
        return new Filed(code, URI.create(citizen.driver().getCurrentUrl()).getPath());
    }
}
