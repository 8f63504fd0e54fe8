package vn.motcua.web.payment;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.motcua.web.support.Browser;
import vn.motcua.web.support.DeskSteps;
import vn.motcua.web.support.HouseholdBusinessFiling;
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
            HouseholdBusinessFiling.Filed filed = HouseholdBusinessFiling.fileOnline(citizen, this::portalUrl);
            code = filed.code();
            dossierPath = filed.dossierPath();
        }

        try (Browser clerk = new Browser()) {
            DeskSteps.accept(clerk, portalUrl("/desk"), code);
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
