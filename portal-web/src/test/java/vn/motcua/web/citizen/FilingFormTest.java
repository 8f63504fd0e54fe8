package vn.motcua.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

class FilingFormTest extends PortalIntegrationTest {

    private static final String OWNER = "079195005678";
    private static final String FILE = "/procedures/2.000635/file";

    @Autowired
    JdbcClient jdbc;

    private static MockHttpServletRequestBuilder filing(String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("extractType", "BIRTH");
        fields.put("subjectName", "Trần Thị Bích");
        fields.put("subjectBirthDate", "1995-08-20");
        fields.put("subjectGender", "female");
        fields.put("subjectIdNumber", "079195005678");
        fields.put("registrationPlace", "UBND phường Bến Thành");
        fields.put("registrationNumber", "");
        fields.put("copies", "1");
        fields.put("purpose", "");
        fields.put("phone", "0901234567");
        fields.put("email", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(FILE).with(Logins.bich()).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private int dossiersOfOwner() {
        return jdbc.sql("select count(*) from dossier where owner_id_number = ?").param(OWNER).query(Integer.class).single();
    }

    private String rejected(MockHttpServletRequestBuilder request) throws Exception {
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"error-summary\"").doesNotContain("Exception").doesNotContain("at vn.motcua");
        return page;
    }

    @Test
    void theFormIsPrefilledFromThePopulationDatabaseThroughTheLgsp() throws Exception {
        String page = mvc.perform(get(FILE).with(Logins.bich())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Trần Thị Bích").contains("120 Nguyễn Trãi")
                .contains("Cơ sở dữ liệu quốc gia về dân cư");
    }

    @Test
    void anEmptyRequiredFieldComesBackWithAMessageNextToItAndInTheSummary() throws Exception {
        int before = dossiersOfOwner();
        String page = rejected(filing("subjectName", ""));
        assertThat(page).contains("Vui lòng nhập mục này.").contains("href=\"#subjectName\"");
        assertThat(dossiersOfOwner()).isEqualTo(before);
    }

    @Test
    void anIdentityNumberOfTheWrongFormIsRefused() throws Exception {
        int before = dossiersOfOwner();
        assertThat(rejected(filing("subjectIdNumber", "07919500567"))).contains("Số định danh cá nhân phải gồm đúng 12 chữ số.");
        assertThat(dossiersOfOwner()).isEqualTo(before);
    }

    @Test
    void anIdentityNumberInconsistentWithTheBirthYearOrGenderIsRefused() throws Exception {
        int before = dossiersOfOwner();
        assertThat(rejected(filing("subjectBirthDate", "1996-08-20")))
                .contains("Số định danh cá nhân không khớp với năm sinh đã khai.");
        assertThat(rejected(filing("subjectGender", "male")))
                .contains("Số định danh cá nhân không khớp với giới tính đã khai.");
        assertThat(dossiersOfOwner()).isEqualTo(before);
    }

    @Test
    void aTenThousandCharacterNameIsRefusedWithoutEchoingAStackTrace() throws Exception {
        int before = dossiersOfOwner();
        assertThat(rejected(filing("subjectName", "A".repeat(10_000)))).contains("Nội dung dài quá 100 ký tự.");
        assertThat(dossiersOfOwner()).isEqualTo(before);
    }

    @Test
    void aValidFormFilesOneDossierAndRedirectsToIt() throws Exception {
        int before = dossiersOfOwner();
        String location = mvc.perform(filing()).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/my/dossiers/");
        assertThat(dossiersOfOwner()).isEqualTo(before + 1);
    }

    @Test
    void aPostWithoutCsrfTokenIsForbiddenAndSavesNothing() throws Exception {
        int before = dossiersOfOwner();
        mvc.perform(post(FILE).with(Logins.bich()).param("subjectName", "X")).andExpect(status().isForbidden());
        assertThat(dossiersOfOwner()).isEqualTo(before);
    }
}
