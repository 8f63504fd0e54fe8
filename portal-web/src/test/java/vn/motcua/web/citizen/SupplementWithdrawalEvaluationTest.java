package vn.motcua.web.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.StatusChange;
import vn.motcua.cases.evaluation.Evaluations;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.cases.supplement.Supplements;
import vn.motcua.web.support.Logins;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.workflow.desk.DeskActions;

/** The citizen's dossier page and its actions: tracking, supplements, withdrawal and evaluation, with bad input. */
class SupplementWithdrawalEvaluationTest extends PortalIntegrationTest {

    private static final String AN = "079090001234";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D };

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired Supplements supplements;
    @Autowired Evaluations evaluations;
    @Autowired StoredFiles files;
    @Autowired TaskService tasks;

    private Dossier filed() {
        return dossiers.file(SampleDossiers.ownBirthExtract(AN, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male"));
    }

    private Dossier awaitingSupplement() {
        Dossier dossier = filed();
        desk.requestSupplement(dossier.id(), SampleDossiers.CLERK, "Thiếu văn bản ủy quyền",
                List.of("Văn bản ủy quyền có chứng thực", "Bản sao CCCD của người ủy quyền"));
        return dossier;
    }

    private Dossier finished() {
        Dossier dossier = filed();
        desk.accept(dossier.id(), SampleDossiers.CLERK);
        return dossiers.completeWithResult(dossier.id(), SampleDossiers.LEADER.username());
    }

    private String page(UUID id) throws Exception {
        return mvc.perform(get("/my/dossiers/" + id).with(Logins.an())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String answer(UUID id, MockMultipartFile... parts) throws Exception {
        var request = multipart("/my/dossiers/" + id + "/supplement");
        for (MockMultipartFile part : parts) {
            request.file(part);
        }
        return mvc.perform(request.param("note", "Đã bổ sung").with(Logins.an()).with(csrf()))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theDossierPageTellsWhatToDoAndShowsTheTimelineWithAgencies() throws Exception {
        Dossier dossier = filed();
        String html = page(dossier.id());
        assertThat(html).contains("Việc bạn cần làm bây giờ").contains("thường trong vòng 8 giờ làm việc")
                .contains("tại Ủy ban nhân dân phường Bến Thành").contains("Chưa có (được tính khi hồ sơ được tiếp nhận)");

        String list = mvc.perform(get("/my/dossiers").with(Logins.an())).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(dossier.code()).contains("Mới tiếp nhận trực tuyến, chờ tiếp nhận");

        Dossier done = finished();
        assertThat(page(done.id())).contains("Kết quả đã sẵn sàng").contains("Đang xử lý").contains("Đã xử lý xong");
    }

    @Test
    void theCitizenSeesWhatIsMissingAndAnswersWithFiles() throws Exception {
        Dossier dossier = awaitingSupplement();
        String html = page(dossier.id());
        assertThat(html).contains("Yêu cầu bổ sung hồ sơ").contains("Thiếu văn bản ủy quyền")
                .contains("Văn bản ủy quyền có chứng thực").contains("Bản sao CCCD của người ủy quyền")
                .contains("Hãy bổ sung hồ sơ theo yêu cầu bên dưới trước").contains("Thời hạn giải quyết tạm dừng từ");

        mvc.perform(multipart("/my/dossiers/" + dossier.id() + "/supplement")
                        .file(new MockMultipartFile("files", "uy-quyen.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("files", "cccd.png", "image/png", PNG))
                        .param("note", "Gửi văn bản ủy quyền").with(Logins.an()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/my/dossiers/" + dossier.id()));

        Dossier answered = dossiers.get(dossier.id());
        assertThat(answered.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(answered.deadline().pausedAt()).isNull();
        List<StoredFile> attachments = files.of(dossier.id(), FileKind.ATTACHMENT);
        assertThat(attachments).extracting(StoredFile::fileName).containsExactly("uy-quyen.pdf", "cccd.png");
        assertThat(attachments).extracting(StoredFile::contentType).containsExactly("application/pdf", "image/png");
        assertThat(supplements.of(dossier.id())).singleElement().satisfies(request -> {
            assertThat(request.isOpen()).isFalse();
            assertThat(request.answerNote()).isEqualTo("Gửi văn bản ủy quyền");
            assertThat(request.answerFileIds()).hasSize(2);
        });
        assertThat(page(dossier.id())).contains("Các lần yêu cầu bổ sung").contains("uy-quyen.pdf")
                .doesNotContain("id=\"send-supplement\"");
        desk.accept(dossier.id(), SampleDossiers.CLERK);
        assertThat(dossiers.get(dossier.id()).status()).isEqualTo(DossierStatus.IN_PROGRESS);
    }

    @Test
    void aBadAnswerIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        Dossier dossier = awaitingSupplement();

        assertThat(answer(dossier.id())).as("no file").contains("Vui lòng chọn ít nhất một tệp để bổ sung.")
                .contains("href=\"#files\"");
        assertThat(answer(dossier.id(), new MockMultipartFile("files", "virus.pdf", "application/pdf",
                "MZ not a pdf at all".getBytes(StandardCharsets.ISO_8859_1))))
                .contains("Tệp virus.pdf không phải PDF, JPEG hoặc PNG.");
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThat(answer(dossier.id(), new MockMultipartFile("files", "scan.pdf", "application/pdf", large)))
                .contains("Tệp scan.pdf lớn hơn 5 MB.");
        MockMultipartFile one = new MockMultipartFile("files", "a.pdf", "application/pdf", PDF);
        assertThat(answer(dossier.id(), one, one, one, one, one, one)).contains("Chỉ gửi được tối đa 5 tệp mỗi lần.");

        assertThat(dossiers.get(dossier.id()).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(files.of(dossier.id(), FileKind.ATTACHMENT)).isEmpty();

        Dossier notAsked = filed();
        assertThat(answer(notAsked.id(), new MockMultipartFile("files", "a.pdf", "application/pdf", PDF)))
                .contains("Hồ sơ hiện không có yêu cầu bổ sung nào đang chờ.");
        assertThat(files.of(notAsked.id(), FileKind.ATTACHMENT)).isEmpty();

        mvc.perform(multipart("/my/dossiers/" + dossier.id() + "/supplement")
                        .file(new MockMultipartFile("files", "a.pdf", "application/pdf", PDF))
                        .with(Logins.bich()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(dossiers.get(dossier.id()).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void theClerkMustGiveAReasonAndAtLeastOneMissingItem() throws Exception {
        Dossier dossier = filed();
        var clerk = Logins.staff("tiepnhan.benthanh", "H29.12.05", "CLERK");
        String form = mvc.perform(get("/desk/dossiers/" + dossier.id() + "/supplement").with(clerk))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<label for=\"reason\"").contains("<label for=\"missingItems\"");
        assertThat(mvc.perform(get("/desk/dossiers/" + dossier.id()).with(clerk)).andReturn().getResponse()
                .getContentAsString()).contains("id=\"request-supplement\"");

        String noReason = mvc.perform(post("/desk/dossiers/" + dossier.id() + "/supplement").param("reason", "  ")
                        .param("missingItems", "Văn bản ủy quyền").with(clerk).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("Vui lòng nhập lý do yêu cầu bổ sung.").contains("href=\"#reason\"");
        String noItems = mvc.perform(post("/desk/dossiers/" + dossier.id() + "/supplement").param("reason", "Thiếu")
                        .param("missingItems", "\n  \n").with(clerk).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noItems).contains("Vui lòng nêu ít nhất một giấy tờ hoặc nội dung còn thiếu");
        assertThat(dossiers.get(dossier.id()).status()).isEqualTo(DossierStatus.SUBMITTED);

        mvc.perform(post("/desk/dossiers/" + dossier.id() + "/supplement").param("reason", "Bản chụp bị mờ")
                        .param("missingItems", "Tờ khai\nGiấy ủy quyền").with(clerk).with(csrf()))
                .andExpect(redirectedUrl("/desk"));
        Dossier waiting = dossiers.get(dossier.id());
        assertThat(waiting.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(supplements.open(dossier.id())).hasValueSatisfying(request ->
                assertThat(request.missingItems()).containsExactly("Tờ khai", "Giấy ủy quyền"));
        String deskPage = mvc.perform(get("/desk/dossiers/" + dossier.id()).with(clerk)).andReturn().getResponse()
                .getContentAsString();
        assertThat(deskPage).as("no accepting while the supplement is open").doesNotContain("id=\"accept\"")
                .doesNotContain("id=\"request-supplement\"");
        mvc.perform(post("/desk/dossiers/" + dossier.id() + "/accept").with(clerk).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(get("/desk/dossiers/" + dossier.id() + "/supplement").with(clerk)).andExpect(status().isNotFound());
    }

    @Test
    void theCitizenWithdrawsAfterConfirmingAndNoStaffTaskStays() throws Exception {
        Dossier dossier = awaitingSupplement();
        String confirm = mvc.perform(get("/my/dossiers/" + dossier.id() + "/withdrawal").with(Logins.an()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Tôi xác nhận rút hồ sơ " + dossier.code());

        String unconfirmed = mvc.perform(post("/my/dossiers/" + dossier.id() + "/withdrawal").param("reason", "Nộp nhầm")
                        .with(Logins.an()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unconfirmed).contains("Vui lòng đánh dấu ô xác nhận để rút hồ sơ.").contains("href=\"#confirm\"");
        assertThat(dossiers.get(dossier.id()).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        mvc.perform(post("/my/dossiers/" + dossier.id() + "/withdrawal").param("reason", "Nộp nhầm")
                        .param("confirm", "yes").with(Logins.bich()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/my/dossiers/" + dossier.id() + "/withdrawal").param("reason", "Nộp nhầm")
                        .param("confirm", "yes").with(Logins.an()).with(csrf()))
                .andExpect(redirectedUrl("/my/dossiers/" + dossier.id()));

        Dossier withdrawn = dossiers.get(dossier.id());
        assertThat(withdrawn.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(withdrawn.history()).last().satisfies(change -> {
            assertThat(change.actor()).isEqualTo(AN);
            assertThat(change.note()).isEqualTo("Nộp nhầm");
        });
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossier.id().toString()).count()).isZero();
        assertThat(page(dossier.id())).contains("Công dân rút hồ sơ").contains("Bạn đã rút hồ sơ này.")
                .doesNotContain("id=\"withdraw-link\"");
    }

    @Test
    void noWithdrawalAfterADecision() throws Exception {
        Dossier done = finished();
        String refused = mvc.perform(post("/my/dossiers/" + done.id() + "/withdrawal").param("confirm", "yes")
                        .with(Logins.an()).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Không thể rút hồ sơ đang ở trạng thái &quot;Đã xử lý xong&quot;");
        assertThat(dossiers.get(done.id()).status()).isEqualTo(DossierStatus.RESULT_READY);
        assertThat(dossiers.get(done.id()).history()).extracting(StatusChange::status)
                .doesNotContain(DossierStatus.WITHDRAWN);
    }

    @Test
    void theCitizenRatesOnceAfterTheResultOnly() throws Exception {
        Dossier waiting = filed();
        String early = mvc.perform(post("/my/dossiers/" + waiting.id() + "/evaluation").param("rating", "5")
                .with(Logins.an()).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(early).contains("Chỉ đánh giá được khi hồ sơ đã có kết quả.");
        assertThat(evaluations.of(waiting.id())).isEmpty();

        Dossier done = finished();
        assertThat(page(done.id())).contains("Đánh giá mức độ hài lòng").contains("id=\"rating-5\"");
        for (String bad : List.of("0", "6", "", "năm")) {
            String html = mvc.perform(post("/my/dossiers/" + done.id() + "/evaluation").param("rating", bad)
                    .with(Logins.an()).with(csrf())).andReturn().getResponse().getContentAsString();
            assertThat(html).as("rating %s", bad).contains("Vui lòng chọn mức đánh giá từ 1 đến 5.")
                    .contains("href=\"#rating-1\"");
        }
        String tooLong = mvc.perform(post("/my/dossiers/" + done.id() + "/evaluation").param("rating", "4")
                .param("comment", "x".repeat(1001)).with(Logins.an()).with(csrf())).andReturn().getResponse()
                .getContentAsString();
        assertThat(tooLong).contains("Góp ý dài quá 1000 ký tự.");
        mvc.perform(post("/my/dossiers/" + done.id() + "/evaluation").param("rating", "4").with(Logins.bich())
                .with(csrf())).andExpect(status().isNotFound());
        assertThat(evaluations.of(done.id())).isEmpty();

        mvc.perform(post("/my/dossiers/" + done.id() + "/evaluation").param("rating", "4")
                        .param("comment", "Nhanh, cán bộ nhiệt tình").with(Logins.an()).with(csrf()))
                .andExpect(redirectedUrl("/my/dossiers/" + done.id()));
        assertThat(evaluations.of(done.id())).hasValueSatisfying(evaluation -> {
            assertThat(evaluation.rating()).isEqualTo(4);
            assertThat(evaluation.comment()).isEqualTo("Nhanh, cán bộ nhiệt tình");
        });
        assertThat(page(done.id())).contains("Bạn đã đánh giá 4/5").contains("Nhanh, cán bộ nhiệt tình")
                .doesNotContain("id=\"send-evaluation\"");

        String twice = mvc.perform(post("/my/dossiers/" + done.id() + "/evaluation").param("rating", "1")
                .with(Logins.an()).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("Bạn đã đánh giá hồ sơ này; mỗi hồ sơ chỉ được đánh giá một lần.");
        assertThat(evaluations.of(done.id())).hasValueSatisfying(evaluation -> assertThat(evaluation.rating()).isEqualTo(4));
    }
}
