package vn.motcua.web.dataaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.cases.access.AccessLog;
import vn.motcua.cases.access.AccessLogEntry;
import vn.motcua.cases.access.AccessOutcome;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.access.StaffReads;
import vn.motcua.workflow.desk.DeskActions;

/**
 * Staff reads of a citizen's dossier inside the portal (its page, an attachment, a slip) are entries of the access
 * log, with the official, their agency, the dossier, the document and the step, and the citizen sees them on "Ai đã
 * truy cập dữ liệu của tôi". A read refused (another agency) logs nothing.
 */
class StaffReadsTest extends PortalIntegrationTest {

    private static final RequestPostProcessor CLERK = Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
    private static final RequestPostProcessor OTHER_CLERK = Logins.staff("tiepnhan.tanphu", "H29.12.07", "CLERK");

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired StoredFiles files;
    @Autowired AccessLog log;

    @Test
    void aStaffReadOfTheDossierItsAttachmentAndSlipAppearsOnTheCitizensPage() throws Exception {
        String subject = "079303" + String.format("%06d", (int) (Math.random() * 1_000_000));
        RequestPostProcessor citizen = Logins.citizen(subject, "Đỗ Thị Hạnh", "2003-03-03", "female");
        Dossier dossier = dossiers.file(SampleDossiers.ownBirthExtract(subject, "Đỗ Thị Hạnh",
                LocalDate.of(2003, 3, 3), "female"));
        StoredFile scan = files.store(dossier.id(), FileKind.ATTACHMENT, "giay-khai-sinh.pdf", "application/pdf",
                "%PDF-1.4\n%scan\n".getBytes(StandardCharsets.ISO_8859_1));
        await("the intake task").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> desk.hasTask(dossier.id(), DeskActions.INTAKE, SampleDossiers.CLERK));
        List<Long> before = staffReads(subject);

        mvc.perform(get("/desk/dossiers/" + dossier.id()).with(CLERK)).andExpect(status().isOk());
        mvc.perform(get("/desk/dossiers/" + dossier.id() + "/attachments/" + scan.id()).with(CLERK))
                .andExpect(status().isOk());
        mvc.perform(get("/desk/dossiers/" + dossier.id()).with(OTHER_CLERK)).andExpect(status().isNotFound());
        mvc.perform(get("/desk/dossiers/" + dossier.id() + "/attachments/" + scan.id()).with(OTHER_CLERK))
                .andExpect(status().isNotFound());

        List<AccessLogEntry> reads = log.forSubject(subject, PageRequest.of(0, 50)).getContent().stream()
                .filter(entry -> entry.serviceCode().startsWith("PORTAL_") && !before.contains(entry.seq())).toList();
        assertThat(reads).extracting(AccessLogEntry::serviceCode)
                .containsExactly(StaffReads.ATTACHMENT, StaffReads.DOSSIER);
        assertThat(reads).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("tiepnhan.benthanh");
            assertThat(entry.requestingUnit()).isEqualTo("H29.12.05");
            assertThat(entry.purpose()).isEqualTo("read:" + dossier.code() + ":Tiếp nhận hồ sơ");
            assertThat(entry.outcome()).isEqualTo(AccessOutcome.OK);
        });
        assertThat(reads.get(0).fields()).containsExactly("giay-khai-sinh.pdf");
        assertThat(reads.get(1).fields()).containsExactly("dossierForm");

        desk.accept(dossier.id(), SampleDossiers.CLERK);
        StoredFile slip = SampleDossiers.awaitSlip(files, dossier.id());
        mvc.perform(get("/desk/dossiers/" + dossier.id() + "/documents/" + slip.id()).with(CLERK))
                .andExpect(status().isOk());
        AccessLogEntry download = log.forSubject(subject, PageRequest.of(0, 1)).getContent().get(0);
        assertThat(download.serviceCode()).isEqualTo(StaffReads.DOCUMENT);
        assertThat(download.fields()).containsExactly(slip.fileName());
        assertThat(download.purpose()).startsWith("read:" + dossier.code());
        assertThat(log.verify().valid()).isTrue();

        String page = mvc.perform(get("/my/data-access").with(citizen)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"access-" + reads.get(1).seq() + "\"")
                .contains("Cổng dịch vụ công: cán bộ xem hồ sơ")
                .contains("Cổng dịch vụ công: cán bộ mở giấy tờ đính kèm của hồ sơ")
                .contains("Cổng dịch vụ công: cán bộ tải phiếu hoặc kết quả của hồ sơ")
                .contains("Tờ khai và thông tin người nộp hồ sơ").contains("giay-khai-sinh.pdf")
                .contains("Cán bộ: tiepnhan.benthanh").contains("Ủy ban nhân dân phường Bến Thành")
                .contains("Xử lý hồ sơ " + dossier.code() + ", bước: Tiếp nhận hồ sơ")
                .doesNotContain("tiepnhan.tanphu");
    }

    private List<Long> staffReads(String subject) {
        return log.forSubject(subject, PageRequest.of(0, 50)).getContent().stream()
                .filter(entry -> entry.serviceCode().startsWith("PORTAL_")).map(AccessLogEntry::seq).toList();
    }
}
