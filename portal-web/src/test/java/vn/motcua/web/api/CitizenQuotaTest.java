package vn.motcua.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.draft.QuotaProperties;
import vn.motcua.web.support.Filing;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * The per-citizen quotas, each filled to its limit for a fresh citizen (rows written directly, as if earned): the page
 * says so in Vietnamese, API v1 answers 429 or 413 with a problem detail, and nothing is added.
 */
class CitizenQuotaTest extends PortalIntegrationTest {

    private static final String PROCEDURE = "2.000635";

    @Autowired JdbcClient jdbc;
    @Autowired Drafts drafts;

    private final String owner = "0790910" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    private final RequestPostProcessor page = Logins.citizen(owner, "Đỗ Minh Khoa", "1991-02-03", "male");
    private final RequestPostProcessor api = ApiClient.token(owner, "Đỗ Minh Khoa", "1991-02-03", "male", "eid-high",
            "openid dossiers.read dossiers.write");

    @Test
    void aCitizenWithAsManyOpenDraftsAsAllowedCannotStartAnother() throws Exception {
        QuotaProperties quotas = drafts.quotas();
        UUID first = Filing.startDraft(mvc, page, PROCEDURE);
        jdbc.sql("""
                insert into draft (id, owner_id_number, procedure_version_id, status, current_step, form_data, verified,
                                   created_at, updated_at)
                select gen_random_uuid(), d.owner_id_number, d.procedure_version_id, 'OPEN', 0, d.form_data, d.verified,
                       now(), now()
                from draft d, generate_series(1, ?) where d.id = ?""").param(quotas.openDrafts() - 1).param(first).update();

        MvcResult refused = mvc.perform(post("/procedures/{code}/file", PROCEDURE).with(page)
                .with(SecurityMockMvcRequestPostProcessors.csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/procedures/" + PROCEDURE + "/file");
        String shown = body(mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(page)
                .cookie(refused.getResponse().getCookies())).andReturn().getResponse());
        assertThat(shown).contains("id=\"draft-quota\"")
                .contains("Bạn đang có " + quotas.openDrafts() + " bản nháp chưa nộp, là số tối đa cho phép.");

        MockHttpServletResponse answer = ApiClient.startDraft(mvc, api, PROCEDURE);
        assertProblem(answer, 429, "DRAFT_QUOTA");
        assertThat(openDrafts()).isEqualTo((long) quotas.openDrafts());
    }

    @Test
    void anUploadBeyondTheBytesOfAllDraftsIsRefused() throws Exception {
        UUID draft = Filing.startDraft(mvc, page, PROCEDURE);
        long room = Filing.PDF.length - 1;
        jdbc.sql("""
                insert into draft_attachment (id, draft_id, slot, display_name, content_type, size_bytes, sha256,
                                              storage_key, created_at)
                values (gen_random_uuid(), ?, 1, 'ban-scan.pdf', 'application/pdf', ?, repeat('0', 64),
                        'quota-test/' || gen_random_uuid(), now())""")
                .param(draft).param(drafts.quotas().draftBytes().toBytes() - room).update();

        String location = mvc.perform(Filing.upload(draft, page, 1, "giay-to.pdf", Filing.PDF)).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).contains("upload=attachment.quota.bytes");
        assertThat(body(mvc.perform(get(location.replaceAll("#.*", "")).with(page)).andReturn().getResponse()))
                .contains("Tổng dung lượng tệp trong các bản nháp của bạn sẽ vượt "
                        + drafts.quotas().draftBytes().toMegabytes() + " MB.");

        assertProblem(ApiClient.upload(mvc, api, draft, 1, Filing.PDF), 413, "QUOTA_BYTES");
        assertThat(attachments(draft)).as("only the row written for the test").isOne();
        jdbc.sql("delete from draft_attachment where draft_id = ?").param(draft).update();
    }

    @Test
    void uploadsBeyondTheHourlyQuotaAreRefused() throws Exception {
        UUID draft = Filing.startDraft(mvc, page, PROCEDURE);
        int perHour = drafts.quotas().uploadsPerHour();
        jdbc.sql("insert into upload_event (owner_id_number, uploaded_at) select ?, now() - interval '50 minutes' "
                + "from generate_series(1, ?)").param(owner).param(perHour).update();

        String location = mvc.perform(Filing.upload(draft, page, 1, "giay-to.pdf", Filing.PDF)).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).contains("upload=attachment.quota.rate");
        assertThat(body(mvc.perform(get(location.replaceAll("#.*", "")).with(page)).andReturn().getResponse()))
                .contains("Bạn đã tải lên " + perHour + " tệp trong một giờ qua, là số tối đa cho phép.");

        MockHttpServletResponse answer = ApiClient.upload(mvc, api, draft, 1, Filing.PDF);
        assertProblem(answer, 429, "UPLOAD_RATE");
        assertThat(answer.getHeader("Retry-After")).isEqualTo("3600");
        assertThat(attachments(draft)).isZero();

        jdbc.sql("update upload_event set uploaded_at = now() - interval '61 minutes' where owner_id_number = ?")
                .param(owner).update();
        assertThat(ApiClient.upload(mvc, api, draft, 1, Filing.PDF).getStatus()).as("an hour later").isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from upload_event where owner_id_number = ?").param(owner)
                .query(Long.class).single()).as("older uploads forgotten, the new one counted").isOne();
    }

    private static void assertProblem(MockHttpServletResponse answer, int status, String code) throws Exception {
        assertThat(answer.getStatus()).isEqualTo(status);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(ApiClient.json(answer).get("code").asText()).isEqualTo(code);
        assertThat(ApiClient.json(answer).get("detail").asText()).isNotBlank();
    }

    private long openDrafts() {
        return jdbc.sql("select count(*) from draft where owner_id_number = ? and status = 'OPEN'").param(owner)
                .query(Long.class).single();
    }

    private long attachments(UUID draft) {
        return jdbc.sql("select count(*) from draft_attachment where draft_id = ?").param(draft).query(Long.class)
                .single();
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
