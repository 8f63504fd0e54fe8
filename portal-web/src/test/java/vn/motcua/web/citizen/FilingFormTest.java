package vn.motcua.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.cases.draft.Drafts;
import vn.motcua.web.support.Filing;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/** The data-driven form of 2.000635 on its draft pages: prefill, messages next to fields, values kept. */
class FilingFormTest extends PortalIntegrationTest {

    private static final String OWNER = "079195005678";

    @Autowired
    Drafts drafts;

    private UUID onRequestStep() throws Exception {
        UUID draft = Filing.startDraft(mvc, Logins.bich(), "2.000635");
        mvc.perform(Filing.step(draft, Logins.bich(), 0, "next", Map.of("phone", "0901234567", "email", "")))
                .andExpect(status().is3xxRedirection());
        return draft;
    }

    private MockHttpServletRequestBuilder request(UUID draft, String... overrides) {
        return Filing.step(draft, Logins.bich(), 1, "next",
                Filing.request("Trần Thị Bích", "1995-08-20", "female", OWNER, overrides));
    }

    private String rejected(MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"error-summary\"").doesNotContain("Exception").doesNotContain("at vn.motcua");
        return page;
    }

    @Test
    void theApplicantIsPrefilledFromThePopulationDatabaseAndCannotBeEdited() throws Exception {
        UUID draft = Filing.startDraft(mvc, Logins.bich(), "2.000635");
        String page = mvc.perform(get("/my/drafts/" + draft).with(Logins.bich())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Trần Thị Bích").contains("120 Nguyễn Trãi").contains("Cơ sở dữ liệu quốc gia về dân cư")
                .doesNotContain("name=\"applicantName\"");

        mvc.perform(Filing.step(draft, Logins.bich(), 0, "next",
                Map.of("applicantName", "Người Khác", "applicantAddress", "1 Đường Giả", "phone", "0901234567")));
        assertThat(drafts.find(draft, OWNER).orElseThrow().formData())
                .as("the server keeps the verified values whatever is sent")
                .containsEntry("applicantName", "Trần Thị Bích").containsEntry("phone", "0901234567")
                .doesNotContainValue("Người Khác");
    }

    @Test
    void anEmptyRequiredFieldComesBackWithAMessageNextToItAndInTheSummaryAndTheRestIsSaved() throws Exception {
        UUID draft = onRequestStep();
        String page = rejected(request(draft, "subjectName", "", "registrationPlace", "Phường Bến Thành cũ"));
        assertThat(page).contains("Vui lòng nhập mục này.").contains("href=\"#subjectName\"").contains("id=\"subjectName-error\"")
                .contains("value=\"Phường Bến Thành cũ\"");
        assertThat(drafts.find(draft, OWNER).orElseThrow().formData()).containsEntry("registrationPlace", "Phường Bến Thành cũ");
        assertThat(drafts.find(draft, OWNER).orElseThrow().currentStep()).as("an invalid step does not move on").isEqualTo(1);
    }

    @Test
    void anIdentityNumberOfTheWrongFormOrInconsistentWithBirthYearOrGenderIsRefused() throws Exception {
        UUID draft = onRequestStep();
        assertThat(rejected(request(draft, "subjectIdNumber", "07919500567"))).contains("Số định danh cá nhân phải gồm đúng 12 chữ số.");
        assertThat(rejected(request(draft, "subjectBirthDate", "1996-08-20")))
                .contains("Số định danh cá nhân không khớp với năm sinh đã khai.");
        assertThat(rejected(request(draft, "subjectGender", "male")))
                .contains("Số định danh cá nhân không khớp với giới tính đã khai.");
    }

    @Test
    void aTenThousandCharacterNameIsRefusedAndMarkupIsShownAsText() throws Exception {
        UUID draft = onRequestStep();
        assertThat(rejected(request(draft, "subjectName", "A".repeat(10_000)))).contains("Nội dung dài quá 100 ký tự.");
        String page = rejected(request(draft, "subjectName", "", "purpose", "<script>alert(1)</script>"));
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(drafts.find(draft, OWNER).orElseThrow().formData()).containsEntry("purpose", "<script>alert(1)</script>");
    }

    @Test
    void aValidStepMovesOnToTheDocuments() throws Exception {
        UUID draft = onRequestStep();
        mvc.perform(request(draft)).andExpect(status().is3xxRedirection());
        assertThat(drafts.find(draft, OWNER).orElseThrow().currentStep()).isEqualTo(2);
        assertThat(mvc.perform(get("/my/drafts/" + draft).with(Logins.bich())).andReturn().getResponse().getContentAsString())
                .contains("id=\"document-1\"").contains("name=\"idempotencyKey\"");
    }

    @Test
    void aPostWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
        UUID draft = onRequestStep();
        mvc.perform(post("/my/drafts/" + draft).with(Logins.bich()).param("step", "1").param("subjectName", "X"))
                .andExpect(status().isForbidden());
        assertThat(drafts.find(draft, OWNER).orElseThrow().formData()).containsEntry("subjectName", "");
        mvc.perform(post("/procedures/2.000635/file").with(Logins.bich())).andExpect(status().isForbidden());
    }

    @Test
    void aRepeatingGroupGrowsAndShrinksWithoutScript() throws Exception {
        UUID draft = Filing.startDraft(mvc, Logins.bich(), "HCM.HKD.01");
        mvc.perform(Filing.step(draft, Logins.bich(), 1, "add:businessLines", Map.of("businessLines.count", "1",
                "businessLines[0].code", "4711", "businessLines[0].description", "Bán lẻ tạp hóa", "businessName", "Hộ kinh doanh Bích")))
                .andExpect(status().is3xxRedirection());
        var data = drafts.find(draft, OWNER).orElseThrow().formData();
        assertThat((java.util.List<?>) data.get("businessLines")).hasSize(2);
        assertThat(data).containsEntry("businessName", "Hộ kinh doanh Bích");
        String page = mvc.perform(get("/my/drafts/" + draft).param("step", "1").with(Logins.bich())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"businessLines[1].code\"").contains("value=\"Bán lẻ tạp hóa\"")
                .contains("id=\"remove-businessLines-1\"").contains("Phường Bến Thành");

        mvc.perform(Filing.step(draft, Logins.bich(), 1, "remove:businessLines:0", Map.of("businessLines.count", "2",
                "businessLines[0].code", "4711", "businessLines[1].code", "5610")));
        assertThat(drafts.find(draft, OWNER).orElseThrow().formData().get("businessLines"))
                .isEqualTo(java.util.List.of(Map.of("code", "5610", "description", "")));

        String invalid = rejected(Filing.step(draft, Logins.bich(), 1, "next", Map.of("businessLines.count", "1",
                "businessLines[0].code", "5610", "businessLines[0].description", "Quán ăn", "businessName", "Hộ kinh doanh Bích",
                "capital", "nhiều", "businessAddress.province", "79", "businessAddress.ward", "27007",
                "businessAddress.street", "")));
        assertThat(invalid).contains("href=\"#capital\"").contains("href=\"#businessAddress.street\"")
                .contains("Vui lòng nhập một số nguyên");
    }

    @Test
    void aBusinessNameAlreadyInTheRegistryIsRefusedNextToTheFieldAndKeptAsTyped() throws Exception {
        UUID draft = Filing.startDraft(mvc, Logins.bich(), "HCM.HKD.01");
        Map<String, String> values = Map.of("businessLines.count", "1", "businessLines[0].code", "5610",
                "businessLines[0].description", "Quán ăn", "capital", "50000000", "businessAddress.province", "79",
                "businessAddress.ward", "27007", "businessAddress.street", "12 Lê Lợi");

        java.util.Map<String, String> taken = new java.util.HashMap<>(values);
        taken.put("businessName", "hộ kinh doanh  PHỞ AN");
        String refused = rejected(Filing.step(draft, Logins.bich(), 1, "next", taken));

        assertThat(refused).contains("href=\"#businessName\"")
                .contains("đã được đăng ký trong Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp");
        assertThat(drafts.find(draft, OWNER).orElseThrow().formData()).containsEntry("businessName", "hộ kinh doanh  PHỞ AN");
        assertThat(drafts.find(draft, OWNER).orElseThrow().currentStep()).isEqualTo(1);

        java.util.Map<String, String> free = new java.util.HashMap<>(values);
        free.put("businessName", "Hộ kinh doanh Bích Ngọc");
        mvc.perform(Filing.step(draft, Logins.bich(), 1, "next", free)).andExpect(status().is3xxRedirection());
        assertThat(drafts.find(draft, OWNER).orElseThrow().currentStep()).isEqualTo(2);
    }
}
