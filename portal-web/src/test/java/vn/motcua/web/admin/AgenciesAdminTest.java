package vn.motcua.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * The administrator adds an agency and changes one; every refusal (code taken or malformed, empty name, a parent that
 * is the agency itself, below it or unknown) shows a message next to the field and saves nothing; changes are in the
 * admin action log and on /admin/audit.
 */
class AgenciesAdminTest extends PortalIntegrationTest {

    private static final RequestPostProcessor ADMIN = Logins.staff("quantri", "H29", "ADMIN");

    @Autowired JdbcClient jdbc;

    @BeforeEach
    void cleanUp() {
        jdbc.sql("delete from agency where code like 'H29.AT.%' and parent_code like 'H29.AT.%'").update();
        jdbc.sql("delete from agency where code like 'H29.AT.%'").update();
    }

    @Test
    void theAdministratorAddsAnAgencyAndChangesItsNameParentAndPlaceButNeverItsCode() throws Exception {
        assertThat(page(get("/admin/agencies"))).contains("id=\"nav-admin-agencies\"").contains("id=\"agency-H29.12.05\"")
                .contains("Ủy ban nhân dân phường Bến Thành").contains("id=\"new-agency\"");
        assertThat(page(get("/admin/agencies/new"))).contains("id=\"code\"").contains("id=\"parentCode\"");

        mvc.perform(create(" h29.at.09 ", "Ủy ban nhân dân phường Thử", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "H29",
                "Thành phố Hồ Chí Minh")).andExpect(redirectedUrl("/admin/agencies"))
                .andExpect(flash().attribute("created", "H29.AT.09"));
        assertThat(row("H29.AT.09")).isEqualTo("Ủy ban nhân dân phường Thử|Ủy ban nhân dân Thành phố Hồ Chí Minh|H29|Thành phố Hồ Chí Minh");
        assertThat(page(get("/admin/agencies/H29.AT.09"))).contains("Cơ quan H29.AT.09").doesNotContain("id=\"code\"");

        mvc.perform(post("/admin/agencies/H29.AT.09").param("code", "H29.AT.99").param("name", "UBND phường Thử Mới")
                .param("superiorName", "").param("parentCode", "H29.12.05").param("place", "Thủ Đức").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/admin/agencies")).andExpect(flash().attribute("changed", "H29.AT.09"));
        assertThat(row("H29.AT.09")).isEqualTo("UBND phường Thử Mới||H29.12.05|Thủ Đức");
        assertThat(count("H29.AT.99")).isZero();

        List<String> actions = jdbc.sql("select kind || ' ' || subject || ' ' || actor from admin_action "
                + "where subject = 'H29.AT.09' order by id").query(String.class).list();
        assertThat(actions).containsExactly("AGENCY_CREATED H29.AT.09 quantri", "AGENCY_CHANGED H29.AT.09 quantri");
        assertThat(page(get("/admin/audit"))).contains("AGENCY_CREATED").contains("AGENCY_CHANGED").contains("H29.AT.09");
    }

    @Test
    void aBadNewAgencyIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        long agencies = agencyCount();
        long actions = actionCount();

        assertRefused(create("H29.12.05", "Trùng mã", "", "H29", "Thành phố Hồ Chí Minh"), "code",
                "Mã H29.12.05 đã có trong danh mục");
        assertRefused(create("H29 12/09", "Sai mã", "", "H29", "Thành phố Hồ Chí Minh"), "code",
                "Mã cơ quan chỉ gồm chữ cái, chữ số và dấu chấm");
        assertRefused(create("H29..AT", "Sai mã", "", "H29", "Thành phố Hồ Chí Minh"), "code",
                "Mã cơ quan chỉ gồm chữ cái, chữ số và dấu chấm");
        assertRefused(create("H29.AT.10", "   ", "", "H29", "Thành phố Hồ Chí Minh"), "name", "Vui lòng nhập mục này.");
        assertRefused(create("H29.AT.11", "Cơ quan thử", "", "H29.KHONGCO", "Thành phố Hồ Chí Minh"), "parentCode",
                "Không có cơ quan mã H29.KHONGCO trong danh mục.");
        assertRefused(create("H29.AT.12", "Cơ quan thử", "", "H29.AT.12", "Thành phố Hồ Chí Minh"), "parentCode",
                "Cơ quan không thể là cơ quan cha của chính nó.");
        assertRefused(create("", "Cơ quan thử", "", "", ""), "code", "Vui lòng nhập mục này.");

        assertThat(agencyCount()).isEqualTo(agencies);
        assertThat(actionCount()).isEqualTo(actions);
    }

    @Test
    void aChangeThatWouldMakeACycleOrNamesNoParentIsRefusedAndNothingChanges() throws Exception {
        mvc.perform(create("H29.AT.20", "Cơ quan cha", "", "H29", "Thành phố Hồ Chí Minh")).andExpect(redirectedUrl("/admin/agencies"));
        mvc.perform(create("H29.AT.21", "Cơ quan con", "", "H29.AT.20", "Thành phố Hồ Chí Minh")).andExpect(redirectedUrl("/admin/agencies"));
        mvc.perform(create("H29.AT.22", "Cơ quan cháu", "", "H29.AT.21", "Thành phố Hồ Chí Minh")).andExpect(redirectedUrl("/admin/agencies"));
        String before = row("H29.AT.20");
        long actions = actionCount();

        assertRefused(change("H29.AT.20", "Cơ quan cha", "H29.AT.22"), "parentCode",
                "Cơ quan H29.AT.22 đang trực thuộc cơ quan này; chọn nó làm cơ quan cha sẽ tạo vòng lặp.");
        assertRefused(change("H29.AT.20", "Cơ quan cha", "H29.AT.21"), "parentCode", "tạo vòng lặp");
        assertRefused(change("H29.AT.20", "Cơ quan cha", "H29.AT.20"), "parentCode",
                "Cơ quan không thể là cơ quan cha của chính nó.");
        assertRefused(change("H29.AT.20", "Cơ quan cha", "H29.KHONGCO"), "parentCode", "Không có cơ quan mã H29.KHONGCO");
        assertRefused(change("H29.AT.20", "", "H29"), "name", "Vui lòng nhập mục này.");

        assertThat(row("H29.AT.20")).isEqualTo(before);
        assertThat(actionCount()).isEqualTo(actions);
        mvc.perform(change("H29.AT.KHONGCO", "Không có", "H29")).andExpect(status().isNotFound());
        mvc.perform(get("/admin/agencies/H29.AT.KHONGCO").with(ADMIN)).andExpect(status().isNotFound());
    }

    @Test
    void theAgencyPagesSpeakEnglish() throws Exception {
        assertThat(page(get("/admin/agencies").param("lang", "en"))).contains("Add an agency").contains("Agencies by code");
        String refused = mvc.perform(create("bad code", "", "", "", "").param("lang", "en"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("An agency code has only letters, digits and dots").contains("Please fill in this field.");
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
        String body = mvc.perform(request).andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).contains("id=\"error-summary\"").contains("id=\"" + field + "-error\"").contains(message);
    }

    private MockHttpServletRequestBuilder create(String code, String name, String superior, String parent, String place) {
        return post("/admin/agencies").param("code", code).param("name", name).param("superiorName", superior)
                .param("parentCode", parent).param("place", place).with(ADMIN).with(csrf());
    }

    private MockHttpServletRequestBuilder change(String code, String name, String parent) {
        return post("/admin/agencies/" + code).param("name", name).param("superiorName", "").param("parentCode", parent)
                .param("place", "Thành phố Hồ Chí Minh").with(ADMIN).with(csrf());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(ADMIN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String row(String code) {
        return jdbc.sql("select name || '|' || superior_name || '|' || coalesce(parent_code, '') || '|' || place "
                + "from agency where code = :code").param("code", code).query(String.class).single();
    }

    private long count(String code) {
        return jdbc.sql("select count(*) from agency where code = :code").param("code", code).query(Long.class).single();
    }

    private long agencyCount() {
        return jdbc.sql("select count(*) from agency").query(Long.class).single();
    }

    private long actionCount() {
        return jdbc.sql("select count(*) from admin_action").query(Long.class).single();
    }
}
