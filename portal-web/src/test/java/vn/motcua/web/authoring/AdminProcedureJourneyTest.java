package vn.motcua.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

import vn.motcua.web.support.Browser;
import vn.motcua.web.support.DeskSteps;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * In a real browser: the administrator uploads a one-step process (the desk's intake, one specialist step of status
 * 4, then a service task that marks the dossier done), creates a procedure with a form of four fields (text, number,
 * date, choice) without script, previews and publishes it; a citizen files it online; the clerk accepts it and the
 * specialist completes it; it then shows in the administrator's statistics.
 */
@Tag("browser")
@TestPropertySource(properties = "motcua.lookup.per-minute=3")
class AdminProcedureJourneyTest extends PortalIntegrationTest {

    @org.springframework.beans.factory.annotation.Autowired
    vn.motcua.cases.statistics.DossierStatistics statistics;

    private static final String PASSWORD = "demo";
    private static final String CODE = "AUT.BR";

    @Test
    void anAdministratorPublishesAProcedureACitizenFilesItStaffCompleteItAndItShowsInTheStatistics() throws Exception {
        try (Browser admin = new Browser()) {
            admin.open(portalUrl("/admin/processes"));
            admin.logInAtEid("quantri", PASSWORD);
            Path bpmn = Files.createTempFile("admin-one-step", ".bpmn20.xml");
            Files.write(bpmn, getClass().getResourceAsStream("one-step.bpmn20.xml").readAllBytes());
            admin.find("file").sendKeys(bpmn.toString());
            admin.click("deploy");
            assertThat(admin.text("deployed-notice")).contains("admin-one-step");
            // only now: the browser reads the file while it sends the form, which may be after the click returned
            Files.delete(bpmn);

            admin.click("nav-admin-procedures");
            admin.click("new-procedure");
            admin.type("code", CODE);
            admin.type("name", "Xác nhận thông tin cư trú (thử nghiệm)");
            admin.type("field", "Cư trú");
            admin.click("create-procedure");

            admin.type("legalBasis", "Luật Cư trú 2020; Nghị định 154/2024/NĐ-CP");
            new Select(admin.find("receivingAgencyCode")).selectByValue("H29.12.05");
            new Select(admin.find("processKey")).selectByValue("admin-one-step");
            admin.type("deadlineWorkingDays", "2");
            admin.type("resultTitle", "Giấy xác nhận thông tin cư trú");
            admin.click("save-details");
            assertThat(admin.text("saved-notice")).isEqualTo("Đã lưu.");

            addField(admin, "TEXT", "residentName", "Họ tên người cần xác nhận");
            addField(admin, "NUMBER", "copies", "Số bản");
            addField(admin, "DATE", "since", "Cư trú từ ngày");
            addField(admin, "CHOICE", "purpose", "Mục đích");

            admin.click("edit-0-2");
            admin.find("required").click();
            admin.type("min", "5");
            admin.type("max", "1");
            admin.click("save-field");
            assertThat(admin.text("min-error")).contains("Giá trị nhỏ nhất (5) lớn hơn giá trị lớn nhất (1)");
            admin.type("min", "1");
            admin.type("max", "5");
            admin.click("save-field");
            admin.click("edit-0-4");
            admin.type("options", "WORK | Đi làm | Work\nSCHOOL | Đi học | School");
            admin.click("save-field");
            admin.click("edit-0-1");
            admin.find("required").click();
            admin.click("save-field");

            admin.click("preview");
            assertThat(admin.find("preview-step-0").getText()).contains("Họ tên người cần xác nhận", "Số bản",
                    "Cư trú từ ngày", "Mục đích");
            assertThat(new Select(admin.find("purpose")).getOptions()).extracting(o -> o.getText()).contains("Đi làm", "Đi học");
            admin.click("back-to-draft");
            admin.click("publish");
            assertThat(admin.text("published-notice")).contains(CODE, "1");
        }

        String code;
        String dossierPath;
        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl("/procedures/" + CODE));
            citizen.click("file-online");
            citizen.logInAtEid("079090001234", PASSWORD);
            citizen.click("start-draft");
            citizen.type("phone", "0901234567");
            citizen.type("residentName", "Nguyễn Văn An");
            citizen.type("copies", "9");
            citizen.setValue("since", "2015-03-01");
            new Select(citizen.find("purpose")).selectByValue("WORK");
            citizen.click("next");
            assertThat(citizen.find("error-summary").getText()).as("the rule the administrator set").contains("1", "5");
            citizen.type("copies", "2");
            citizen.click("next");
            citizen.click("submit-dossier");
            assertThat(citizen.text("filed-notice")).contains("Đã nộp hồ sơ");
            code = citizen.text("dossier-code");
            dossierPath = java.net.URI.create(citizen.driver().getCurrentUrl()).getPath();
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

        try (Browser citizen = new Browser()) {
            citizen.open(portalUrl(dossierPath));
            citizen.logInAtEid("079090001234", PASSWORD);
            citizen.reloadUntil("status 'Đã xử lý xong'", Duration.ofSeconds(60), () -> citizen.text("dossier-status"),
                    "Đã xử lý xong"::equals, () -> "status " + citizen.text("dossier-status"));
            assertThat(citizen.text("dossier-status")).isEqualTo("Đã xử lý xong");
        }

        // The statistics read a summary the portal refreshes in the background; refresh it now rather than wait.
        statistics.refreshAll(1000);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        try (Browser admin = new Browser()) {
            admin.open(portalUrl("/admin/statistics?from=" + today + "&to=" + today + "&procedure=" + CODE));
            admin.logInAtEid("quantri", PASSWORD);
            assertThat(admin.text("total-received")).isEqualTo("1");
            assertThat(admin.text("total-in-progress")).isEqualTo("0");
            var row = admin.find("table-by-procedure").findElement(By.cssSelector("tbody tr"));
            assertThat(row.findElement(By.cssSelector("th")).getText()).contains("Xác nhận thông tin cư trú");
            assertThat(row.findElement(By.cssSelector("td[data-key=done]")).getText()).isEqualTo("1");
        }
    }

    private static void addField(Browser admin, String type, String key, String label) {
        new Select(admin.find("newField0-type")).selectByValue(type);
        admin.type("newField0-key", key);
        admin.type("newField0-labelVi", label);
        admin.click("add-field-0");
        admin.awaitText("code", key);
    }
}
