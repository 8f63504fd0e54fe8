package vn.motcua.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.web.support.Filing;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/** Drafts live on the server: resumable in another session, private to their owner, listed in "Hồ sơ của tôi". */
class DraftsTest extends PortalIntegrationTest {

    private static final String AN = "079090001234";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDraftSavedWithMistakesIsResumedInANewSessionWithEverythingTyped() throws Exception {
        UUID draft = Filing.startDraft(mvc, Logins.an(), "2.000635");
        mvc.perform(Filing.step(draft, Logins.an(), 0, "next", Map.of("phone", "0901234567")));
        mvc.perform(Filing.step(draft, Logins.an(), 1, "next",
                Filing.request("Nguyễn Thị Mai", "2019-04-02", "female", "0793190001", "copies", "99")))
                .andExpect(status().isOk());

        // Logins.an() is a new login each time: no session is shared between these requests.
        String page = mvc.perform(get("/my/drafts/" + draft).with(Logins.an())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("value=\"Nguyễn Thị Mai\"").contains("value=\"0793190001\"").contains("value=\"99\"");

        String list = mvc.perform(get("/my/dossiers").with(Logins.an())).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"continue-" + draft + "\"").contains("Cấp bản sao trích lục hộ tịch");
        assertThat(list.indexOf("id=\"drafts\"")).as("drafts come above the dossiers").isLessThan(list.indexOf("Hồ sơ đã nộp"));
    }

    @Test
    void anotherCitizenGetsNotFoundForEveryPageOfTheDraft() throws Exception {
        UUID draft = Filing.startDraft(mvc, Logins.an(), "2.000635");
        mvc.perform(get("/my/drafts/" + draft).with(Logins.bich())).andExpect(status().isNotFound());
        mvc.perform(Filing.step(draft, Logins.bich(), 0, "save", Map.of("phone", "0999999999"))).andExpect(status().isNotFound());
        mvc.perform(Filing.upload(draft, Logins.bich(), 1, "x.pdf", Filing.PDF)).andExpect(status().isNotFound());
        mvc.perform(Filing.submit(draft, Logins.bich(), UUID.randomUUID().toString())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select form_data->>'phone' from draft where id = ?").param(draft).query(String.class).single())
                .isEmpty();
        assertThat(mvc.perform(get("/my/dossiers").with(Logins.bich())).andReturn().getResponse().getContentAsString())
                .doesNotContain(draft.toString());
    }

    @Test
    void aDraftCanBeDeletedByItsOwner() throws Exception {
        UUID draft = Filing.startDraft(mvc, Logins.an(), "2.000635");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/my/drafts/" + draft + "/delete")
                .with(Logins.an()).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/my/drafts/" + draft).with(Logins.an())).andExpect(status().isNotFound());
    }

    @Test
    void aProcedureWithoutADeployedProcessCanBeDraftedButNotYetSubmitted() throws Exception {
        try (var undeployed = vn.motcua.web.support.UndeployedProcess.of(jdbc, "HCM.LT.01")) {
            String start = mvc.perform(get("/procedures/HCM.LT.01/file").with(Logins.an())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(start).contains("id=\"not-open\"").contains("chưa mở nộp hồ sơ trực tuyến");
            UUID draft = Filing.startDraft(mvc, Logins.an(), "HCM.LT.01");
            long before = jdbc.sql("select count(*) from dossier").query(Long.class).single();
            String page = mvc.perform(Filing.submit(draft, Logins.an(), UUID.randomUUID().toString())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"submit-refusal\"").contains("chưa mở nộp hồ sơ trực tuyến");
            assertThat(jdbc.sql("select count(*) from dossier").query(Long.class).single()).isEqualTo(before);
        }
    }

    @Test
    void aDraftStaysOnTheVersionItWasStartedUnder() throws Exception {
        UUID draft = Filing.startDraft(mvc, Logins.an(), "2.000635");
        Long version = jdbc.sql("select procedure_version_id from draft where id = ?").param(draft).query(Long.class).single();
        assertThat(version).isEqualTo(jdbc.sql("""
                select v.id from procedure_version v join procedure p on p.id = v.procedure_id
                where p.code = '2.000635' order by v.version desc limit 1""").query(Long.class).single());
        assertThat(jdbc.sql("select owner_id_number from draft where id = ?").param(draft).query(String.class).single())
                .isEqualTo(AN);
    }
}
