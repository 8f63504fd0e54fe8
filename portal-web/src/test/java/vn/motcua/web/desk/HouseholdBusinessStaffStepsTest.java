package vn.motcua.web.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FeeChannel;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;

/**
 * The staff steps of a household business registration on the pages: the clerk accepts and confirms the fee paid at
 * the desk (with the refusals: another agency, no receipt number, a second confirmation), the specialist forwards,
 * the leader approves, and the citizen gets the certificate with the lines of business and the members.
 */
class HouseholdBusinessStaffStepsTest extends PortalIntegrationTest {

    private static final String OWNER = "079090001234";
    private static final RequestPostProcessor CLERK = Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
    private static final RequestPostProcessor OTHER_CLERK = Logins.staff("tiepnhan.tanphu", "H29.12.07", "CLERK");
    private static final RequestPostProcessor SPECIALIST = Logins.staff("chuyenvien.benthanh", "H29.12.05", "SPECIALIST");
    private static final RequestPostProcessor LEADER = Logins.staff("lanhdao.benthanh", "H29.12.05", "LEADER");

    @Autowired Dossiers dossiers;
    @Autowired StoredFiles files;

    @Test
    void theClerkConfirmsTheFeeOnceTheSpecialistForwardsTheLeaderApprovesAndTheCertificateCarriesTheForm() throws Exception {
        Dossier filed = dossiers.file(BusinessRegistrations.of(OWNER));
        UUID id = filed.id();
        mvc.perform(post("/desk/dossiers/" + id + "/accept").with(CLERK).with(csrf())).andExpect(redirectedUrl("/desk"));
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);

        String queue = page(get("/desk"), CLERK);
        assertThat(queue).contains("id=\"fee-" + filed.code() + "\"").contains("Hồ sơ chờ thu lệ phí").contains("100.000");
        String fee = page(get("/desk/dossiers/" + id + "/fee"), CLERK);
        assertThat(fee).contains("id=\"confirm-fee\"").contains("Xác nhận đã thu lệ phí tại quầy")
                .contains("Lệ phí phải nộp của hồ sơ: 100.000 đồng").contains("Yêu cầu thực hiện nghĩa vụ tài chính")
                .contains("Hộ kinh doanh Cơm Tấm An").contains("12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh")
                .contains("Dịch vụ phục vụ đồ uống").contains("Trần Thị Bích").contains("150.000.000");

        mvc.perform(get("/desk/dossiers/" + id + "/fee").with(OTHER_CLERK)).andExpect(status().isNotFound());
        mvc.perform(post("/desk/dossiers/" + id + "/fee").param("receiptNumber", "BL-9").with(OTHER_CLERK).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(dossiers.get(id).status()).as("another agency changes nothing").isEqualTo(DossierStatus.PAYMENT_REQUESTED);

        String missing = mvc.perform(post("/desk/dossiers/" + id + "/fee").param("receiptNumber", "   ").with(CLERK).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("id=\"error-summary\"").contains("href=\"#receiptNumber\"")
                .contains("Vui lòng nhập số biên lai thu lệ phí.").contains("id=\"receiptNumber-error\"");
        String tooLong = mvc.perform(post("/desk/dossiers/" + id + "/fee").param("receiptNumber", "9".repeat(51))
                .with(CLERK).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("Số biên lai dài quá 50 ký tự.");
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
        assertThat(dossiers.get(id).fee().receiptNumber()).isNull();

        mvc.perform(post("/desk/dossiers/" + id + "/fee").param("receiptNumber", " BL-2026-000123 ").with(CLERK).with(csrf()))
                .andExpect(redirectedUrl("/desk")).andExpect(flash().attribute("feeCode", filed.code()));
        Dossier paid = dossiers.get(id);
        assertThat(paid.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(paid.fee().receiptNumber()).isEqualTo("BL-2026-000123");
        assertThat(paid.fee().via()).isEqualTo(FeeChannel.DESK);
        assertThat(paid.fee().recordedBy()).isEqualTo("tiepnhan.benthanh");
        assertThat(page(get("/desk"), CLERK)).doesNotContain("id=\"fee-" + filed.code() + "\"");

        String twice = mvc.perform(post("/desk/dossiers/" + id + "/fee").param("receiptNumber", "BL-2026-000124")
                .with(CLERK).with(csrf())).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("id=\"fee-paid\"").contains("đã được xác nhận trước đó: biên lai số BL-2026-000123")
                .doesNotContain("id=\"confirm-fee\"");
        assertThat(dossiers.get(id).fee().receiptNumber()).isEqualTo("BL-2026-000123");

        assertThat(page(get("/inbox"), SPECIALIST)).contains("id=\"task-" + filed.code() + "\"").contains("Thẩm định hồ sơ");
        assertThat(page(get("/inbox/dossiers/" + id), SPECIALIST)).contains("id=\"forward\"").contains("Chuyển lãnh đạo phê duyệt");
        assertThat(page(get("/inbox/dossiers/" + id), LEADER)).doesNotContain("id=\"approve\"");
        mvc.perform(post("/inbox/dossiers/" + id + "/approve").with(LEADER).with(csrf())).andExpect(status().isNotFound());

        mvc.perform(post("/inbox/dossiers/" + id + "/review").with(SPECIALIST).with(csrf()))
                .andExpect(redirectedUrl("/inbox")).andExpect(flash().attribute("reviewedCode", filed.code()));
        mvc.perform(post("/inbox/dossiers/" + id + "/review").with(SPECIALIST).with(csrf())).andExpect(status().isNotFound());
        assertThat(page(get("/inbox/dossiers/" + id), LEADER)).contains("id=\"approve\"");
        mvc.perform(post("/inbox/dossiers/" + id + "/approve").with(LEADER).with(csrf())).andExpect(redirectedUrl("/inbox"));

        SampleDossiers.awaitResult(files, id);
        byte[] pdf = mvc.perform(get("/my/dossiers/" + id + "/result").with(Logins.an())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = PdfText.of(pdf);
        assertThat(text).contains("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH").contains("Hộ kinh doanh Cơm Tấm An")
                .contains("5610").contains("Nhà hàng, quán ăn").contains("5630").contains("Trần Thị Bích")
                .contains("079191004321").contains("150.000.000")
                .contains("H29.12.05.HKD." + filed.code().substring("H29.12.05-".length()).replace("-", ""));
        assertThat(dossiers.get(id).status()).as("a download changes nothing").isEqualTo(DossierStatus.RESULT_READY);
        assertThat(page(get("/my/dossiers/" + id), Logins.an())).contains("id=\"receive-result-button\"", "Nhận kết quả");
        mvc.perform(post("/my/dossiers/" + id + "/result/receipt").with(Logins.an()).with(csrf()))
                .andExpect(redirectedUrl("/my/dossiers/" + id)).andExpect(flash().attribute("resultReceived", filed.code()));
        assertThat(dossiers.get(id).status()).as("received with the button").isEqualTo(DossierStatus.RESULT_DELIVERED);
        assertThat(page(get("/my/dossiers/" + id), Logins.an())).doesNotContain("id=\"receive-result-button\"")
                .contains("Đã trả kết quả");
        mvc.perform(post("/my/dossiers/" + id + "/result/receipt").with(Logins.an()).with(csrf()))
                .andExpect(redirectedUrl("/my/dossiers/" + id));
        assertThat(dossiers.get(id).status()).as("again changes nothing").isEqualTo(DossierStatus.RESULT_DELIVERED);
    }

    @Test
    void theFeePageOfADossierThatNeverAskedForAFeeIsNotFound() throws Exception {
        Dossier extract = dossiers.file(SampleDossiers.ownBirthExtract(OWNER, "Nguyễn Văn An",
                java.time.LocalDate.of(1990, 5, 12), "male"));
        mvc.perform(get("/desk/dossiers/" + extract.id() + "/fee").with(CLERK)).andExpect(status().isNotFound());
        mvc.perform(post("/desk/dossiers/" + extract.id() + "/fee").param("receiptNumber", "BL-1").with(CLERK).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(dossiers.get(extract.id()).status()).isEqualTo(DossierStatus.SUBMITTED);
    }

    @Test
    void theFeePageSpeaksEnglish() throws Exception {
        Dossier filed = dossiers.file(BusinessRegistrations.of(OWNER));
        mvc.perform(post("/desk/dossiers/" + filed.id() + "/accept").with(CLERK).with(csrf()));
        assertThat(page(get("/desk/dossiers/" + filed.id() + "/fee").param("lang", "en"), CLERK))
                .contains("Confirm the fee was paid at the desk").contains("Fee receipt number");
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
