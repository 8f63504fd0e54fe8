package vn.motcua.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.Browser;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;

/**
 * A supplement in a real browser: the clerk asks for the missing authorisation, the citizen sees what is missing,
 * uploads a PDF and answers, and the clerk then accepts the dossier.
 */
@Tag("browser")
class SupplementJourneyTest extends PortalIntegrationTest {

    private static final String PASSWORD = "demo";

    @Autowired Dossiers dossiers;
    @Autowired StoredFiles files;

    @Test
    void clerkRequestsASupplementCitizenUploadsAPdfClerkAccepts() throws Exception {
        Dossier dossier = dossiers.file(SampleDossiers.ownBirthExtract("079090001234", "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male"));

        try (Browser clerk = new Browser()) {
            clerk.open(portalUrl("/desk"));
            clerk.logInAtEid("tiepnhan.benthanh", PASSWORD);
            clerk.click("open-" + dossier.code());
            clerk.click("request-supplement");
            clerk.click("send-supplement-request");
            assertThat(clerk.text("error-summary")).contains("Vui lòng nhập lý do yêu cầu bổ sung.");
            clerk.type("reason", "Người yêu cầu không phải chủ thể của trích lục");
            clerk.type("missingItems", "Văn bản ủy quyền có chứng thực\nBản sao giấy tờ tùy thân của người ủy quyền");
            clerk.click("send-supplement-request");
            assertThat(clerk.text("supplement-notice")).contains(dossier.code());
        }
        assertThat(dossiers.get(dossier.id()).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        Path pdf = Files.createTempFile("uy-quyen", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl("/my/dossiers/" + dossier.id()));
            citizen.logInAtEid("079090001234", PASSWORD);
            assertThat(citizen.text("dossier-status")).isEqualTo("Yêu cầu bổ sung");
            assertThat(citizen.text("next-step-text")).contains("Hãy bổ sung hồ sơ");
            assertThat(citizen.text("supplement-reason")).isEqualTo("Người yêu cầu không phải chủ thể của trích lục");
            assertThat(citizen.text("supplement-items")).contains("Văn bản ủy quyền có chứng thực")
                    .contains("Bản sao giấy tờ tùy thân của người ủy quyền");

            citizen.find("files").sendKeys(pdf.toString());
            citizen.type("note", "Gửi văn bản ủy quyền đã chứng thực");
            citizen.click("send-supplement");
            assertThat(citizen.text("answered-notice")).contains("Đã gửi phần bổ sung");
            assertThat(citizen.text("dossier-status")).isEqualTo("Mới tiếp nhận trực tuyến, chờ tiếp nhận");
            assertThat(citizen.text("timeline")).contains("Yêu cầu bổ sung");
        } finally {
            Files.deleteIfExists(pdf);
        }
        assertThat(files.of(dossier.id(), FileKind.ATTACHMENT)).extracting(StoredFile::contentType)
                .containsExactly("application/pdf");

        try (Browser clerk = new Browser()) {
            clerk.open(portalUrl("/desk"));
            clerk.logInAtEid("tiepnhan.benthanh", PASSWORD);
            clerk.click("open-" + dossier.code());
            clerk.click("accept");
            assertThat(clerk.text("accepted-notice")).contains(dossier.code());
        }
        assertThat(dossiers.get(dossier.id()).history()).extracting(change -> change.status())
                .containsSubsequence(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.SUBMITTED, DossierStatus.ACCEPTED);
    }
}
