package vn.motcua.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.web.support.PortalIntegrationTest;

/** What a procedure's public page tells a visitor before filing. */
class ProcedurePageTest extends PortalIntegrationTest {

    private String page(String url) throws Exception {
        var response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theExtractCopyPageShowsEverythingNeededToFileAndTheFilingButton() throws Exception {
        String html = page("/procedures/2.000635");
        assertThat(html).contains("Cấp bản sao trích lục hộ tịch", "Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP",
                "Dịch vụ công trực tuyến toàn trình", "Ủy ban nhân dân phường Bến Thành",
                "Phí:", "8.000 đồng/bản", "Trong ngày làm việc", "(tiếp nhận sau 15:00 thì tính từ ngày làm việc tiếp theo)",
                "Phiên bản 1, công bố ngày 01/01/2025", "BẢN SAO TRÍCH LỤC HỘ TỊCH",
                "Tờ khai yêu cầu cấp bản sao trích lục hộ tịch (biểu mẫu điện tử)", "<caption>", "<th scope=\"row\">",
                "id=\"file-online\"", "href=\"/procedures/2.000635/file\"");
        assertThat(html).doesNotContain("id=\"file-in-person\"", "id=\"procedure-participants\"");
    }

    @Test
    void aLienThongProcedureNamesEveryAgencyInvolved() throws Exception {
        String html = page("/procedures/HCM.LT.01");
        assertThat(html).contains("id=\"procedure-participants\"", "Công an phường Bến Thành: Đăng ký thường trú cho trẻ",
                "Bảo hiểm xã hội Thành phố Hồ Chí Minh: Cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
                "Không thu phí", "5 ngày làm việc", "Giấy chứng sinh");
    }

    @Test
    void aProcedureWithoutADeployedProcessSaysWhereToFileInPerson() throws Exception {
        try (var undeployed = vn.motcua.web.support.UndeployedProcess.of(jdbc, "HCM.LT.01")) {
            assertThat(page("/procedures/HCM.LT.01")).contains(
                    "Vui lòng nộp hồ sơ trực tiếp tại Bộ phận một cửa của Ủy ban nhân dân phường Bến Thành.")
                    .doesNotContain("id=\"file-online\"");
            assertThat(page("/procedures/HCM.LT.01?lang=en")).contains(
                    "Please file your dossier in person at the one-stop desk of Ủy ban nhân dân phường Bến Thành.");
        }
        assertThat(page("/procedures/HCM.LT.01")).as("its process is deployed").contains("id=\"file-online\"");
    }

    @Test
    void theHouseholdBusinessProcedureStatesItsStateFeeAndCanBeFiledOnlineOnceItsProcessIsDeployed() throws Exception {
        assertThat(page("/procedures/HCM.HKD.01")).contains("Lệ phí:", "100.000 đồng", "3 ngày làm việc", "1</td>",
                "id=\"file-online\"");
        assertThat(page("/procedures/HCM.HKD.01?lang=en")).contains("State fee (lệ phí)", "3 working days");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anUnknownCodeIsTheNotFoundPage() throws Exception {
        var response = mvc.perform(get("/procedures/9.999999")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
    }
}
