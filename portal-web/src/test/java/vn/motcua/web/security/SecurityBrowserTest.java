package vn.motcua.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.support.Browser;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;

/** Identity and access as people meet them, in headless Chromium against the e-ID stand-in. */
@Tag("browser")
class SecurityBrowserTest extends PortalIntegrationTest {

    private static final String PASSWORD = "demo";

    @Autowired Dossiers dossiers;

    @Test
    void aCitizenLogsInAndOutThroughTheEidProvider() {
        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl("/"));
            citizen.click("login");
            citizen.logInAtEid("079195005678", PASSWORD);
            assertThat(citizen.text("current-user")).isEqualTo("Trần Thị Bích");
            citizen.click("nav-my-dossiers");
            assertThat(citizen.awaitPath("/my/dossiers")).isEqualTo("/my/dossiers");

            citizen.click("logout");

            assertThat(citizen.find("login").getText()).isEqualTo("Đăng nhập bằng định danh điện tử");
            assertThat(citizen.driver().findElements(By.id("current-user"))).isEmpty();
            citizen.open(portalUrl("/my/dossiers"));
            assertThat(citizen.find("username").isDisplayed()).as("the e-ID provider asks for the password again")
                    .isTrue();
        }
    }

    @Test
    void aBasicLevelAccountCanLookAroundButCannotFile() {
        try (Browser child = new Browser()) {
            child.open(portalUrl("/procedures/2.000635"));
            child.click("file-online");
            child.logInAtEid("079215000456", PASSWORD);

            assertThat(child.text("error-message")).contains("Tài khoản định danh điện tử của bạn ở mức 1")
                    .contains("cần tài khoản mức 2");
            assertThat(child.driver().findElements(By.id("submit-dossier"))).isEmpty();
            child.click("nav-my-dossiers");
            assertThat(child.text("current-user")).isEqualTo("Phạm Gia Huy");
            assertThat(child.awaitPath("/my/dossiers")).isEqualTo("/my/dossiers");
        }
    }

    @Test
    void aClerkOfOneAgencyCannotOpenAnotherAgencysDossierByUrl() {
        Dossier benThanh = dossiers.file(SampleDossiers.ownBirthExtract("079090001234", "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male"));
        try (Browser clerk = new Browser()) {
            clerk.open(portalUrl("/desk"));
            clerk.logInAtEid("tiepnhan.tanphu", PASSWORD);
            assertThat(clerk.driver().findElements(By.id("open-" + benThanh.code()))).isEmpty();

            clerk.open(portalUrl("/desk/dossiers/" + benThanh.id()));

            assertThat(clerk.text("error-message")).isEqualTo("Không tìm thấy trang hoặc hồ sơ bạn yêu cầu.");
            assertThat(clerk.driver().getPageSource()).doesNotContain(benThanh.code()).doesNotContain("Nguyễn Văn An");
        }
        assertThat(dossiers.get(benThanh.id()).status()).isEqualTo(DossierStatus.SUBMITTED);
    }
}
