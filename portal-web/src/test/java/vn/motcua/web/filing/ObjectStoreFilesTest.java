package vn.motcua.web.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.testing.S3ProxyServer;
import vn.motcua.web.security.ApiTokens;
import vn.motcua.web.support.Filing;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/**
 * The portal with its files in an object store ({@code motcua.storage.kind=s3}, S3Proxy here): a citizen's upload lands
 * in the bucket and downloads again; while the store is down an upload says "try again" (on the page and in REST API
 * v1) and saves nothing, and downloads come back by themselves when the store does.
 */
class ObjectStoreFilesTest extends PortalIntegrationTest {

    private static S3ProxyServer server;

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) throws Exception {
        server = S3ProxyServer.start(Files.createTempDirectory("motcua-s3proxy"), "motcua-files");
        server.portalSettings().forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Autowired JdbcClient jdbc;

    private final String owner = "0790911" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    private final RequestPostProcessor citizen = Logins.citizen(owner, "Trần Thị Hoa", "1991-03-04", "female");

    @Test
    void anUploadIsKeptInTheBucketAndDownloadsAgain() throws Exception {
        UUID draft = Filing.startDraft(mvc, citizen, "2.000635");

        String location = mvc.perform(Filing.upload(draft, citizen, 1, "giay-to.pdf", Filing.PDF)).andReturn()
                .getResponse().getRedirectedUrl();

        assertThat(location).contains("upload=attachment.added");
        UUID attachment = attachmentOf(draft);
        String key = jdbc.sql("select storage_key from draft_attachment where id = ?").param(attachment)
                .query(String.class).single();
        assertThat(server.objectFile(key)).as("the object in S3Proxy's bucket").exists();
        mvc.perform(get("/my/drafts/{id}/attachments/{a}", draft, attachment).with(citizen))
                .andExpect(status().isOk()).andExpect(content().bytes(Filing.PDF));
    }

    @Test
    void whileTheStoreIsDownAnUploadSaysTryAgainAndSavesNothingAndDownloadsRecover() throws Exception {
        UUID draft = Filing.startDraft(mvc, citizen, "2.000635");
        mvc.perform(Filing.upload(draft, citizen, 1, "truoc.pdf", Filing.PDF));
        UUID stored = attachmentOf(draft);

        server.stop();
        String location;
        try {
            location = mvc.perform(Filing.upload(draft, citizen, 1, "trong-luc-hong.pdf", Filing.PDF)).andReturn()
                    .getResponse().getRedirectedUrl();
            assertThat(location).contains("upload=attachment.storeUnavailable");
            MockHttpServletResponse api = mvc.perform(multipart("/api/v1/drafts/" + draft + "/attachments")
                    .file(new MockMultipartFile("file", "qua-api.pdf", "application/pdf", Filing.PDF))
                    .param("slot", "1").with(apiToken())).andReturn().getResponse();
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getHeader("Retry-After")).isEqualTo("60");
            assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("STORAGE_UNAVAILABLE")
                    .contains("Kho lưu trữ tệp đang tạm thời không kết nối được");
            assertThat(jdbc.sql("select count(*) from draft_attachment where draft_id = ?").param(draft)
                    .query(Long.class).single()).as("attachments after the failed upload").isOne();
            String page = mvc.perform(get(location.substring(0, location.indexOf('#'))).with(citizen)).andReturn()
                    .getResponse().getContentAsString();
            assertThat(page).contains("Kho lưu trữ tệp đang tạm thời không kết nối được nên tệp chưa được lưu");
            mvc.perform(get("/my/drafts/{id}/attachments/{a}", draft, stored).with(citizen))
                    .andExpect(status().isServiceUnavailable());
        } finally {
            server.start();
        }

        await("downloads recover").atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc
                .perform(get("/my/drafts/{id}/attachments/{a}", draft, stored).with(citizen))
                .andExpect(status().isOk()).andExpect(content().bytes(Filing.PDF)));
        assertThat(mvc.perform(Filing.upload(draft, citizen, 1, "sau.pdf", Filing.PDF)).andReturn().getResponse()
                .getRedirectedUrl()).contains("upload=attachment.added");
    }

    /** The same citizen through REST API v1, as the mobile app calls it. */
    private RequestPostProcessor apiToken() {
        return jwt().jwt(token -> token.subject(owner).claim("account_type", "citizen").claim("acr", "eid-high")
                .claim("name", "Trần Thị Hoa").claim("birthdate", "1991-03-04").claim("gender", "female")
                .claim("scope", "openid dossiers.read dossiers.write"))
                .authorities(token -> new ArrayList<GrantedAuthority>(
                        new ApiTokens(staff -> Set.of()).convert(token).getAuthorities()));
    }

    private UUID attachmentOf(UUID draft) {
        return jdbc.sql("select id from draft_attachment where draft_id = ? order by created_at limit 1").param(draft)
                .query(UUID.class).single();
    }
}
