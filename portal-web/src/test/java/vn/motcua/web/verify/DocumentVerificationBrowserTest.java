package vn.motcua.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.Browser;
import vn.motcua.web.support.IssuedResults;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.QrCodes;
import vn.motcua.workflow.desk.DeskActions;

/**
 * Anyone scanning a result's QR code sees it valid; after an administrator revokes it, the same visit and
 * an upload of the file both say "revoked".
 */
@Tag("browser")
class DocumentVerificationBrowserTest extends PortalIntegrationTest {

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired StoredFiles files;

    @Test
    void theQrLinkShowsValidThenRevokedAfterAnAdministratorRevokesTheDocument() throws Exception {
        StoredFile result = IssuedResults.issue(dossiers, desk, files);
        byte[] pdf = files.content(result);
        URI scanned = URI.create(QrCodes.firstOn(pdf));
        assertThat(scanned.getPath()).isEqualTo("/verify/" + result.id());

        try (Browser anyone = new Browser()) {
            anyone.open(portalUrl(scanned.getPath()));
            assertThat(anyone.text("verify-status")).isEqualTo("Văn bản còn hiệu lực.");
            assertThat(anyone.text("verify-issuer")).isEqualTo("Ủy ban nhân dân phường Bến Thành");
            assertThat(anyone.text("verify-signer")).isEqualTo("Đặng Quốc Hùng");
            assertThat(anyone.text("verify-sha256")).isEqualTo(result.sha256());
        }

        try (Browser admin = new Browser()) {
            admin.open(portalUrl("/admin/documents"));
            admin.logInAtEid("quantri", "demo");
            admin.type("reason-" + result.id(), "Cấp nhầm nội dung, đã cấp lại bản đúng");
            admin.click("revoke-" + result.id());
            assertThat(admin.text("revoked-notice")).contains("BẢN SAO TRÍCH LỤC HỘ TỊCH");
        }

        try (Browser anyone = new Browser()) {
            anyone.open(portalUrl(scanned.getPath()));
            assertThat(anyone.text("verify-status")).isEqualTo("Văn bản đã bị thu hồi.");
            assertThat(anyone.text("revocation-reason")).contains("Cấp nhầm nội dung, đã cấp lại bản đúng");

            Path file = Files.createTempFile("ket-qua", ".pdf");
            Files.write(file, pdf);
            anyone.open(portalUrl("/verify"));
            anyone.find("file").sendKeys(file.toString());
            anyone.click("verify-upload");
            assertThat(anyone.text("verdict-title")).isEqualTo("Chữ ký số nguyên vẹn nhưng văn bản đã bị thu hồi.");
            Files.delete(file);
        }
    }
}
