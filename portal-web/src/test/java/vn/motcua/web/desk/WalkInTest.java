package vn.motcua.web.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.draft.Draft;
import vn.motcua.cases.draft.DraftStatus;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;

/**
 * Walk-in dossiers on the pages: the identity is checked (format, birth year, the population database's name and
 * birth date) before any draft exists; the clerk fills the form with the draft pages' validation, uploads a scan and
 * files the dossier accepted at once (channel 1, status 2, slip 01); a repeated click lands on the same dossier, and
 * the citizen sees it under "Hồ sơ của tôi" but never the walk-in draft among their own.
 */
class WalkInTest extends PortalIntegrationTest {

    private static final String KHOA = "079201000321";
    private static final RequestPostProcessor CLERK = Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
    private static final RequestPostProcessor OTHER_CLERK = Logins.staff("tiepnhan.tanphu", "H29.12.07", "CLERK");
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired Drafts drafts;
    @Autowired Dossiers dossiers;
    @Autowired StoredFiles files;
    @Autowired JdbcClient jdbc;

    @Test
    void aWrongIdentityIsRefusedWithAClearMessageAndNoDraft() throws Exception {
        long before = draftCount();
        String start = page(get("/desk/walk-in"), CLERK);
        assertThat(start).contains("value=\"2.000635\"").contains("id=\"start-walk-in\"");

        assertThat(begin("2.000635", "07920100032", "Lê Minh Khoa", "2001-03-03"))
                .contains("id=\"error-summary\"").contains("href=\"#idNumber\"").contains("phải gồm đúng 12 chữ số");
        assertThat(begin("2.000635", "079201000321", "Lê Minh Khoa", "1999-03-03"))
                .contains("không khớp với năm sinh đã khai");
        assertThat(begin("2.000635", "079201000321", "Lê Minh Khôi", "2001-03-03"))
                .contains("id=\"identity-error\"").contains("không khớp với Cơ sở dữ liệu quốc gia về dân cư");
        assertThat(begin("2.000635", "079201999999", "Lê Minh Khoa", "2001-03-03"))
                .contains("Không tìm thấy người có số định danh này");
        assertThat(begin("", " ", "", "ngày")).contains("Vui lòng chọn thủ tục").contains("Vui lòng nhập số định danh")
                .contains("Vui lòng nhập họ và tên").contains("Vui lòng nhập ngày sinh hợp lệ.");
        assertThat(begin("NO.SUCH", "079201000321", "Lê Minh Khoa", "2001-03-03")).contains("Vui lòng chọn thủ tục");
        assertThat(draftCount()).as("nothing was started").isEqualTo(before);
    }

    @Test
    void theClerkEntersAWalkInDossierThatIsAcceptedAtOnceAndTheCitizenSeesIt() throws Exception {
        MockHttpServletResponse started = mvc.perform(post("/desk/walk-in").param("procedure", "2.000635")
                .param("idNumber", KHOA).param("fullName", "  lê minh  KHOA ").param("birthDate", "2001-03-03")
                .with(CLERK).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse();
        String path = started.getRedirectedUrl();
        assertThat(path).startsWith("/desk/walk-in/");
        UUID id = UUID.fromString(path.substring("/desk/walk-in/".length()));
        Draft draft = drafts.findAtDesk(id, "H29.12.05").orElseThrow();
        assertThat(draft.ownerIdNumber()).isEqualTo(KHOA);
        assertThat(draft.enteredBy()).isEqualTo("tiepnhan.benthanh");
        assertThat(drafts.openDrafts(KHOA)).extracting(Draft::id).doesNotContain(id);
        assertThat(page(get("/desk"), CLERK)).contains("id=\"walk-in-" + id + "\"");
        assertThat(page(get("/desk"), OTHER_CLERK)).doesNotContain("id=\"walk-in-" + id + "\"");
        mvc.perform(get(path).with(OTHER_CLERK)).andExpect(status().isNotFound());
        mvc.perform(get("/my/drafts/" + UUID.randomUUID()).with(Logins.citizen(KHOA, "Lê Minh Khoa", "2001-03-03", "male")))
                .andExpect(status().isNotFound());

        String first = page(get(path), CLERK);
        assertThat(first).contains("id=\"walk-in-banner\"").contains("Lê Minh Khoa").contains("id=\"applicantName-value\"")
                .contains("action=\"" + path + "\"");
        mvc.perform(post(path).param("step", "0").param("action", "next").param("phone", "0909000111").with(CLERK).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String invalid = mvc.perform(post(path).param("step", "1").param("action", "next").param("extractType", "BIRTH")
                .param("subjectName", "Lê Minh Khoa").param("subjectBirthDate", "2001-03-03").param("subjectGender", "male")
                .param("registrationPlace", "UBND phường Bến Thành").param("copies", "0").with(CLERK).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("id=\"error-summary\"").contains("action=\"" + path + "\"");
        mvc.perform(post(path).param("step", "1").param("action", "next").param("extractType", "BIRTH")
                .param("subjectName", "Lê Minh Khoa").param("subjectBirthDate", "2001-03-03").param("subjectGender", "male")
                .param("registrationPlace", "UBND phường Bến Thành").param("copies", "1").with(CLERK).with(csrf()))
                .andExpect(status().is3xxRedirection());

        String rejected = mvc.perform(multipart(path + "/attachments").file("file", "not a scan".getBytes(StandardCharsets.UTF_8))
                .param("slot", "1").with(CLERK).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(rejected).contains("upload=attachment.type");
        mvc.perform(multipart(path + "/attachments").file(new org.springframework.mock.web.MockMultipartFile("file",
                "cccd-scan.pdf", "application/pdf", PDF)).param("slot", "1").with(CLERK).with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID attachment = drafts.findAtDesk(id, "H29.12.05").orElseThrow().attachments().get(0).id();
        MockHttpServletResponse scan = mvc.perform(get(path + "/attachments/" + attachment).with(CLERK))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(scan.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(scan.getContentType()).isEqualTo("application/pdf");

        String key = UUID.randomUUID().toString();
        String dossierPath = mvc.perform(post(path + "/submit").param("idempotencyKey", key).with(CLERK).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(dossierPath).startsWith("/desk/dossiers/");
        UUID dossierId = UUID.fromString(dossierPath.substring("/desk/dossiers/".length()));
        Dossier filed = dossiers.get(dossierId);
        assertThat(filed.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(filed.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(filed.history()).extracting(change -> change.status()).contains(DossierStatus.ACCEPTED);
        assertThat(filed.acceptedBy()).isEqualTo("tiepnhan.benthanh");
        assertThat(filed.dueAt()).isNotNull();
        assertThat(filed.applicant().fullName()).isEqualTo("Lê Minh Khoa");
        assertThat(files.of(dossierId, FileKind.ATTACHMENT)).hasSize(1);

        String again = mvc.perform(post(path + "/submit").param("idempotencyKey", key).with(CLERK).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(again).isEqualTo(dossierPath);
        assertThat(jdbc.sql("select count(*) from dossier where owner_id_number = :id and channel = 1")
                .param("id", KHOA).query(Long.class).single()).as("the repeated click filed nothing new").isEqualTo(1L);
        assertThat(drafts.findAtDesk(id, "H29.12.05").orElseThrow().status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(page(get("/desk"), CLERK)).doesNotContain("id=\"walk-in-" + id + "\"");
        assertThat(SampleDossiers.awaitSlip(files, dossierId).fileName()).startsWith("phieu-01-");

        String mine = page(get("/my/dossiers"), Logins.citizen(KHOA, "Lê Minh Khoa", "2001-03-03", "male"));
        assertThat(mine).contains("id=\"dossier-" + filed.code() + "\"");
        assertThat(page(get("/desk/dossiers/" + dossierId), CLERK)).contains("cccd-scan.pdf").contains("Trực tiếp");
        assertThat(jdbc.sql("select count(*) from personal_data_access where subject = :id and actor = 'tiepnhan.benthanh'"
                + " and purpose = 'walk-in:2.000635'").param("id", KHOA).query(Long.class).single())
                .as("the population lookup names the clerk and the walk-in").isPositive();
    }

    private String begin(String procedure, String idNumber, String fullName, String birthDate) throws Exception {
        return page(post("/desk/walk-in").param("procedure", procedure).param("idNumber", idNumber)
                .param("fullName", fullName).param("birthDate", birthDate).with(csrf()), CLERK);
    }

    private long draftCount() {
        return jdbc.sql("select count(*) from draft").query(Long.class).single();
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
