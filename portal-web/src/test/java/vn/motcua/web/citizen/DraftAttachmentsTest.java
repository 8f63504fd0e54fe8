package vn.motcua.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftAttachment;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.web.support.Filing;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;

/** Files of a draft are recognised by content, limited in size, stored under server names and downloaded safely. */
class DraftAttachmentsTest extends PortalIntegrationTest {

    private static final String AN = "079090001234";
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

    @Autowired
    Drafts drafts;

    private String upload(UUID draft, String name, byte[] content) throws Exception {
        return mvc.perform(Filing.upload(draft, Logins.an(), 1, name, content)).andReturn().getResponse().getRedirectedUrl();
    }

    private Draft draft(UUID id) {
        return drafts.find(id, AN).orElseThrow();
    }

    private String page(String location) throws Exception {
        return mvc.perform(get(location).with(Logins.an())).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPdfNamedFileWithPngContentIsStoredAsPngAndDownloadedAsAnAttachment() throws Exception {
        UUID id = Filing.startDraft(mvc, Logins.an(), "2.000635");
        assertThat(upload(id, "anh-chup.pdf", PNG)).contains("upload=attachment.added");
        DraftAttachment file = draft(id).attachments().get(0);
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.displayName()).isEqualTo("anh-chup.png");

        MockHttpServletResponse download = mvc.perform(get("/my/drafts/" + id + "/attachments/" + file.id()).with(Logins.an()))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("image/png");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;").contains("anh-chup.png");
        assertThat(download.getContentAsByteArray()).isEqualTo(PNG);
        mvc.perform(get("/my/drafts/" + id + "/attachments/" + file.id()).with(Logins.bich()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
    }

    @Test
    void anExecutableRenamedPdfAndAnEmptyFileAreRefusedWithAClearMessage() throws Exception {
        UUID id = Filing.startDraft(mvc, Logins.an(), "2.000635");
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        String refused = upload(id, "hoa-don.pdf", exe);
        assertThat(refused).contains("upload=attachment.type");
        assertThat(page(refused)).contains("Chỉ nhận tệp PDF, JPEG hoặc PNG");
        assertThat(upload(id, "rong.pdf", new byte[0])).contains("upload=attachment.empty");
        assertThat(draft(id).attachments()).isEmpty();
    }

    @Test
    void pathTraversalNamesAreReducedToADisplayName() throws Exception {
        UUID id = Filing.startDraft(mvc, Logins.an(), "2.000635");
        upload(id, "../../etc/passwd.pdf", Filing.PDF);
        upload(id, "..\\..\\windows\\<script>.pdf", Filing.PDF);
        assertThat(draft(id).attachments()).extracting(DraftAttachment::displayName)
                .containsExactly("passwd.pdf", "script.pdf");
        assertThat(page("/my/drafts/" + id + "?step=2")).doesNotContain("<script>").doesNotContain("../");
    }

    @Test
    void aFileOverTenMegabytesAndADossierOverThirtyAreRefused() throws Exception {
        UUID id = Filing.startDraft(mvc, Logins.an(), "2.000635");
        byte[] big = pdfOf(10 * 1024 * 1024 + 1);
        String refused = upload(id, "lon.pdf", big);
        assertThat(refused).contains("upload=attachment.tooLarge");
        assertThat(page(refused)).contains("Tệp lớn hơn 10 MB.");

        byte[] nine = pdfOf(9 * 1024 * 1024 + 512 * 1024);
        for (int i = 0; i < 3; i++) {
            assertThat(upload(id, "phan-" + i + ".pdf", nine)).contains("upload=attachment.added");
        }
        String full = upload(id, "them.pdf", pdfOf(2 * 1024 * 1024));
        assertThat(full).contains("upload=attachment.dossierTooLarge");
        assertThat(page(full)).contains("vượt 30 MB");
        assertThat(draft(id).attachments()).hasSize(3);
    }

    private static byte[] pdfOf(int size) {
        byte[] content = new byte[size];
        System.arraycopy(Filing.PDF, 0, content, 0, Filing.PDF.length);
        return content;
    }
}
