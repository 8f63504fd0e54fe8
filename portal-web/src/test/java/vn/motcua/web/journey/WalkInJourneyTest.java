package vn.motcua.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.Browser;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;

/**
 * A walk-in dossier in a real browser: the clerk enters Trần Thị Bích's identity (a wrong number first), fills the
 * form, uploads a scanned PDF and files the dossier, which is accepted at once; Bích later logs in and finds it under
 * "Hồ sơ của tôi", accepted, with the receipt slip.
 */
@Tag("browser")
class WalkInJourneyTest extends PortalIntegrationTest {

    private static final String PASSWORD = "demo";
    private static final String BICH = "079195005678";

    @Autowired Dossiers dossiers;
    @Autowired StoredFiles files;

    @Test
    void theClerkEntersAWalkInDossierWithAScannedPdfAndTheCitizenSeesIt() throws Exception {
        String code;
        String dossierPath;
        Path scan = Files.createTempFile("cccd-scan", ".pdf");
        Files.write(scan, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        try (Browser clerk = new Browser()) {
            clerk.open(portalUrl("/desk"));
            clerk.logInAtEid("tiepnhan.benthanh", PASSWORD);
            clerk.click("new-walk-in");
            new Select(clerk.find("procedure")).selectByValue("2.000635");
            clerk.type("idNumber", "07919500567");
            clerk.type("fullName", "Trần Thị Bích");
            clerk.setValue("birthDate", "1995-08-20");
            clerk.click("start-walk-in");
            assertThat(clerk.text("error-summary")).contains("Số định danh cá nhân phải gồm đúng 12 chữ số.");

            clerk.type("idNumber", BICH);
            clerk.click("start-walk-in");
            clerk.awaitPath("/desk/walk-in/");
            assertThat(clerk.text("walk-in-banner")).contains("Trần Thị Bích").contains(BICH);
            assertThat(clerk.text("applicantName-value")).isEqualTo("Trần Thị Bích");
            clerk.type("phone", "0912000333");
            clerk.click("next");

            clerk.type("subjectName", "Trần Thị Bích");
            clerk.setValue("subjectBirthDate", "1995-08-20");
            new Select(clerk.find("subjectGender")).selectByValue("female");
            clerk.type("registrationPlace", "Ủy ban nhân dân phường Bến Thành");
            clerk.type("copies", "1");
            clerk.click("next");

            clerk.find("file-1").sendKeys(scan.toString());
            clerk.click("upload-1");
            assertThat(clerk.text("upload-message")).isEqualTo("Đã tải tệp lên.");
            assertThat(clerk.find("document-1").getText()).contains(scan.getFileName().toString());
            clerk.click("submit-dossier");

            assertThat(clerk.text("walk-in-filed")).contains("Đã tiếp nhận hồ sơ nộp trực tiếp");
            code = clerk.text("dossier-code");
            assertThat(code).matches("H29\\.12\\.05-\\d{6}-\\d{4}");
            assertThat(clerk.text("attachments")).contains(scan.getFileName().toString());
            dossierPath = "/my/dossiers/" + URI.create(clerk.driver().getCurrentUrl()).getPath()
                    .substring("/desk/dossiers/".length());
        } finally {
            Files.deleteIfExists(scan);
        }

        Dossier filed = dossiers.get(java.util.UUID.fromString(dossierPath.substring("/my/dossiers/".length())));
        assertThat(filed.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(filed.acceptedBy()).isEqualTo("tiepnhan.benthanh");
        assertThat(files.of(filed.id(), FileKind.ATTACHMENT)).extracting(StoredFile::contentType)
                .containsExactly("application/pdf");
        SampleDossiers.awaitSlip(files, filed.id());

        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl("/my/dossiers"));
            citizen.logInAtEid(BICH, PASSWORD);
            assertThat(citizen.text("dossier-" + code)).isEqualTo(code);
            citizen.click("dossier-" + code);
            assertThat(citizen.awaitPath(dossierPath)).isEqualTo(dossierPath);
            assertThat(citizen.text("dossier-status")).isIn("Đã tiếp nhận", "Đang xử lý");
            assertThat(citizen.driver().findElement(By.tagName("main")).getText()).contains("Trực tiếp");
        }
    }
}
