package vn.motcua.web.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.ApplicantCheck;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.draft.Drafts;
import vn.motcua.cases.draft.SaveStep;
import vn.motcua.cases.draft.SubmitDraft;
import vn.motcua.cases.draft.Submissions;
import vn.motcua.cases.draft.VerifiedValue;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The one-stop desk on the pages: the queue's GET filters and paging, the dossier with its attachments shown inline,
 * the provenance of prefilled values and the staff history, refusing at intake with a reason, and the refusals of
 * bad input (no reason, accepting twice, refusing an accepted dossier, another agency) that change nothing.
 */
// The queue's pages are checked against this class's own dossiers: a context (and database) of its own, closed after it.
@org.springframework.test.context.TestPropertySource(properties = "motcua.test.context=desk-queue")
@org.springframework.test.annotation.DirtiesContext
class DeskDecisionsTest extends PortalIntegrationTest {

    private static final String OWNER = "079090001234";
    private static final RequestPostProcessor CLERK = Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
    private static final RequestPostProcessor OTHER_CLERK = Logins.staff("tiepnhan.tanphu", "H29.12.07", "CLERK");
    private static final byte[] PDF = "%PDF-1.4\n%scan\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired StoredFiles files;
    @Autowired Drafts drafts;
    @Autowired Submissions submissions;
    @Autowired JdbcClient jdbc;

    @Test
    void theQueueFiltersByProcedureDatesStateAndDueDateWithAPlainGetFormAndPages() throws Exception {
        Dossier extract = dossiers.file(extract());
        Dossier registration = dossiers.file(BusinessRegistrations.of(OWNER));
        String all = page(get("/desk"), CLERK);
        assertThat(all).contains("id=\"queue-filter\"").contains("method=\"get\"").contains("id=\"open-" + extract.code() + "\"")
                .contains("id=\"open-" + registration.code() + "\"").contains("Sắp đến hạn (trong 1 ngày làm việc)");

        String byProcedure = page(get("/desk").param("procedure", "HCM.HKD.01"), CLERK);
        assertThat(byProcedure).contains("id=\"open-" + registration.code() + "\"").doesNotContain("id=\"open-" + extract.code() + "\"");

        String today = LocalDate.now(vn.motcua.cases.clock.LegalClock.ZONE).toString();
        String tomorrow = LocalDate.now(vn.motcua.cases.clock.LegalClock.ZONE).plusDays(1).toString();
        assertThat(page(get("/desk").param("from", today).param("to", today), CLERK)).contains("id=\"open-" + extract.code() + "\"");
        assertThat(page(get("/desk").param("from", tomorrow), CLERK)).doesNotContain("id=\"open-" + extract.code() + "\"");
        assertThat(page(get("/desk").param("from", tomorrow).param("to", today), CLERK)).contains("id=\"filter-backwards\"");
        assertThat(page(get("/desk").param("from", "not-a-date").param("due", "nonsense").param("page", "-3"), CLERK))
                .as("a hand-edited link is read as no filter").contains("id=\"open-" + extract.code() + "\"");

        // accepted dossiers: one whose due date passed, one due within the next working day, one due later
        Dossier overdue = accepted();
        Dossier soon = accepted();
        Dossier later = accepted();
        setDue(overdue, Instant.now().minusSeconds(3600));
        setDue(soon, Instant.now().plusSeconds(60));
        setDue(later, Instant.now().plusSeconds(30L * 24 * 3600));
        String open = page(get("/desk").param("state", "OPEN"), CLERK);
        assertThat(open).contains(overdue.code()).contains(soon.code()).contains(later.code())
                .doesNotContain("id=\"open-" + extract.code() + "\"");
        String overdueOnly = page(get("/desk").param("state", "OPEN").param("due", "OVERDUE"), CLERK);
        assertThat(overdueOnly).contains(overdue.code()).doesNotContain(soon.code()).doesNotContain(later.code());
        String soonOnly = page(get("/desk").param("state", "OPEN").param("due", "SOON"), CLERK);
        assertThat(soonOnly).contains(soon.code()).doesNotContain(overdue.code()).doesNotContain(later.code());

        for (int i = 0; i < DeskController.PAGE_SIZE; i++) {
            dossiers.file(extract());
        }
        String first = page(get("/desk").param("procedure", "2.000635"), CLERK);
        assertThat(first).contains("id=\"page-next\"").contains("page=1").contains("procedure=2.000635");
        String second = page(get("/desk").param("procedure", "2.000635").param("page", "1"), CLERK);
        assertThat(second).contains("id=\"page-previous\"").contains("id=\"page-position\"");
    }

    @Test
    void theDossierShowsAttachmentsInlineTheProvenanceOfPrefilledValuesAndOnlyToItsAgency() throws Exception {
        UUID id = submittedFromDraft();
        StoredFile scan = files.store(id, FileKind.ATTACHMENT, "cccd.png", "image/png", PNG);
        StoredFile pdf = files.store(id, FileKind.ATTACHMENT, "to-khai.pdf", "application/pdf", PDF);
        StoredFile other = files.store(id, FileKind.ATTACHMENT, "ghi-chu.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));

        String view = page(get("/desk/dossiers/" + id), CLERK);
        assertThat(view).contains("id=\"attachments\"").contains("to-khai.pdf").contains("cccd.png")
                .contains("/desk/dossiers/" + id + "/attachments/" + pdf.id())
                .contains("id=\"provenance\"").contains("Cơ sở dữ liệu quốc gia về dân cư (qua LGSP)").contains("Họ, chữ đệm, tên")
                .contains("id=\"refuse-link\"").contains("id=\"staff-actions-none\"");

        MockHttpServletResponse shown = mvc.perform(get("/desk/dossiers/" + id + "/attachments/" + pdf.id()).with(CLERK))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(shown.getContentType()).isEqualTo("application/pdf");
        assertThat(shown.getHeader("Content-Disposition")).startsWith("inline").contains("to-khai.pdf");
        assertThat(shown.getContentAsByteArray()).isEqualTo(PDF);
        MockHttpServletResponse image = mvc.perform(get("/desk/dossiers/" + id + "/attachments/" + scan.id()).with(CLERK))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getHeader("Content-Disposition")).startsWith("inline");
        MockHttpServletResponse text = mvc.perform(get("/desk/dossiers/" + id + "/attachments/" + other.id()).with(CLERK))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(text.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(text.getContentType()).isEqualTo("application/octet-stream");

        mvc.perform(get("/desk/dossiers/" + id + "/attachments/" + pdf.id()).with(OTHER_CLERK)).andExpect(status().isNotFound());
        Dossier another = dossiers.file(extract());
        mvc.perform(get("/desk/dossiers/" + another.id() + "/attachments/" + pdf.id()).with(CLERK))
                .andExpect(status().isNotFound());
        mvc.perform(get("/desk/dossiers/" + id + "/attachments/" + UUID.randomUUID()).with(CLERK)).andExpect(status().isNotFound());
    }

    @Test
    void theClerkRefusesWithAReasonAndBadDecisionsChangeNothing() throws Exception {
        Dossier filed = dossiers.file(extract());
        UUID id = filed.id();
        assertThat(page(get("/desk/dossiers/" + id + "/refuse"), CLERK)).contains("id=\"refuse\"").contains("Từ chối tiếp nhận hồ sơ");

        String missing = page(post("/desk/dossiers/" + id + "/refuse").param("reason", "   ").with(csrf()), CLERK);
        assertThat(missing).contains("id=\"error-summary\"").contains("href=\"#reason\"").contains("Vui lòng nhập lý do.");
        String tooLong = page(post("/desk/dossiers/" + id + "/refuse").param("reason", "x".repeat(2001)).with(csrf()), CLERK);
        assertThat(tooLong).contains("Lý do dài quá 2000 ký tự.");
        mvc.perform(post("/desk/dossiers/" + id + "/refuse").param("reason", "Khác cơ quan").with(OTHER_CLERK).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.SUBMITTED);

        mvc.perform(post("/desk/dossiers/" + id + "/refuse").param("reason", "Hồ sơ không thuộc thẩm quyền của phường")
                .with(CLERK).with(csrf())).andExpect(redirectedUrl("/desk")).andExpect(flash().attribute("refusedCode", filed.code()));
        Dossier refused = dossiers.get(id);
        assertThat(refused.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(page(get("/desk/dossiers/" + id), CLERK)).contains("Không được tiếp nhận")
                .contains("Hồ sơ không thuộc thẩm quyền của phường").doesNotContain("id=\"accept\"").doesNotContain("id=\"refuse-link\"");

        String acceptRefused = mvc.perform(post("/desk/dossiers/" + id + "/accept").with(CLERK).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(acceptRefused).contains("đã được tiếp nhận hoặc từ chối trước đó");
        mvc.perform(post("/desk/dossiers/" + id + "/refuse").param("reason", "Lần hai").with(CLERK).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(dossiers.get(id).history()).hasSize(2);

        Dossier other = dossiers.file(extract());
        mvc.perform(post("/desk/dossiers/" + other.id() + "/accept").with(CLERK).with(csrf())).andExpect(redirectedUrl("/desk"));
        String twice = mvc.perform(post("/desk/dossiers/" + other.id() + "/accept").with(CLERK).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("id=\"error-message\"").contains("không thực hiện lại được");
        String refuseAccepted = mvc.perform(post("/desk/dossiers/" + other.id() + "/refuse").param("reason", "Muộn")
                .with(CLERK).with(csrf())).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refuseAccepted).contains("đã được tiếp nhận hoặc từ chối trước đó");
        assertThat(dossiers.get(other.id()).status()).isEqualTo(DossierStatus.IN_PROGRESS);
    }

    @Test
    void theRefusalPageSpeaksEnglish() throws Exception {
        Dossier filed = dossiers.file(extract());
        assertThat(page(get("/desk/dossiers/" + filed.id() + "/refuse").param("lang", "en"), CLERK))
                .contains("Refuse dossier " + filed.code() + " at intake").contains("Reason");
        assertThat(page(get("/desk").param("lang", "en"), CLERK)).contains("Due soon (within 1 working day)");
    }

    private Dossier accepted() {
        Dossier filed = dossiers.file(extract());
        desk.accept(filed.id(), SampleDossiers.CLERK);
        return filed;
    }

    private void setDue(Dossier dossier, Instant due) {
        jdbc.sql("update dossier set due_at = :due where id = :id").param("due", java.sql.Timestamp.from(due))
                .param("id", dossier.id()).update();
    }

    /** A dossier submitted from a draft whose applicant's name and birth date came from the population database. */
    private UUID submittedFromDraft() {
        Instant fetched = Instant.parse("2026-03-02T02:15:00Z");
        UUID draft = drafts.start(OWNER, "2.000635", Map.of(
                "applicantName", new VerifiedValue("Nguyễn Văn An", "population", fetched),
                "applicantBirthDate", new VerifiedValue("1990-05-12", "population", fetched))).id();
        drafts.save(draft, OWNER, new SaveStep(0, Map.of("applicantGender", "male", "phone", "0912345678"),
                SaveStep.Move.NEXT));
        drafts.save(draft, OWNER, new SaveStep(1, Map.of("extractType", "BIRTH", "subjectName", "Nguyễn Văn An",
                "subjectBirthDate", "1990-05-12", "subjectGender", "male", "registrationPlace", "UBND phường Bến Thành",
                "copies", "1"), SaveStep.Move.NEXT));
        drafts.attach(draft, OWNER, 1, "giay-to.pdf", PDF);
        return submissions.submit(new SubmitDraft(OWNER, draft, UUID.randomUUID().toString(),
                new Applicant(OWNER, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male", null, null, null),
                ApplicantCheck.FROM_POPULATION)).dossierId();
    }

    private static vn.motcua.cases.dossier.FileDossier extract() {
        return SampleDossiers.ownBirthExtract(OWNER, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male");
    }

    private String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
