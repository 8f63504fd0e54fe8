package vn.motcua.workflow.slips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierEvents;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.cases.supplement.AnswerSupplement;
import vn.motcua.cases.supplement.Supplements;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.desk.DeskActions;

@SpringBootTest(classes = vn.motcua.workflow.WorkflowTestApplication.class)
class TransitionSlipsTest {

    private static final String OWNER = "079090001234";
    private static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Võ Thị Hạnh", "H29.12.05", Set.of(Role.CLERK));
    private static final StaffMember SPECIALIST = new StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05", Set.of(Role.SPECIALIST));
    private static final StaffMember LEADER = new StaffMember("lanhdao.benthanh", "Phạm Văn Hải", "H29.12.05", Set.of(Role.LEADER));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired Supplements supplements;
    @Autowired StoredFiles files;
    @Autowired IssuedDocuments register;
    @Autowired SignatureVerifier verifier;
    @Autowired TransitionSlips slips;

    @Test
    void eachTransitionGetsItsSignedRegisteredSlipOnce() {
        Dossier filed = dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant(OWNER, "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", "45 Lê Thánh Tôn", "0901234567", null), Channel.ONLINE,
                new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male",
                        OWNER, "UBND phường Bến Thành", "", 1, "").toFormData()));

        desk.requestSupplement(filed.id(), CLERK, "Bản chụp không rõ nét", List.of("Văn bản ủy quyền có chứng thực"));
        IssuedDocument supplementSlip = titled(awaitSlips(filed.id(), 1), "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
        assertThat(supplementSlip.signer()).isEqualTo("Võ Thị Hạnh");
        assertThat(PdfText.of(signedContent(supplementSlip))).contains("PHIẾU YÊU CẦU BỔ SUNG")
                .contains(filed.code()).contains("Văn bản ủy quyền có chứng thực").contains("Bản chụp không rõ nét");

        supplements.answer(new AnswerSupplement(filed.id(), OWNER, "Đã bổ sung",
                List.of(new AnswerSupplement.UploadedFile("uy-quyen.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1)))));
        desk.accept(filed.id(), CLERK);
        Dossier accepted = dossiers.get(filed.id());
        IssuedDocument receipt = titled(awaitSlips(filed.id(), 2), "Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        assertThat(receipt.issuerAgencyCode()).isEqualTo("H29.12.05");
        String receiptText = PdfText.of(signedContent(receipt));
        assertThat(receiptText).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").contains(filed.code())
                .contains("Nguyễn Văn An").contains("Tờ khai yêu cầu cấp bản sao trích lục hộ tịch")
                .contains(DAY.format(accepted.dueAt().atZone(LegalClock.ZONE))).contains("tiepnhan.benthanh");

        // The outbox delivers the acceptance again (e.g. after a node died mid-delivery): nothing new is issued.
        slips.on(new DossierEvents.StatusChanged(filed.id(), filed.code(), DossierStatus.ACCEPTED, accepted.acceptedAt()));
        assertThat(files.of(filed.id(), FileKind.SLIP)).hasSize(2);
        assertThat(register.ofDossier(filed.id())).hasSize(2);

        desk.review(filed.id(), SPECIALIST);
        desk.approve(filed.id(), LEADER);
        IssuedDocument control = titled(awaitSlips(filed.id(), 3), "Phiếu kiểm soát quá trình giải quyết hồ sơ");
        assertThat(control.signer()).isEqualTo("Phạm Văn Hải");
        byte[] controlPdf = signedContent(control);
        assertThat(PdfText.of(controlPdf)).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")
                .contains("Bộ phận một cửa – Ủy ban nhân dân phường Bến Thành")
                .contains("Lãnh đạo – Ủy ban nhân dân phường Bến Thành").contains("Đúng hạn");
        assertThat(register.ofDossier(filed.id())).extracting(IssuedDocument::kind).contains(FileKind.RESULT);

        if (Pdfsig.available()) {
            PdfsigReport report = Pdfsig.check(controlPdf);
            assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
            assertThat(report.digestMatches()).as(report.output()).isTrue();
            assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
        }
    }

    private static IssuedDocument titled(List<IssuedDocument> documents, String title) {
        List<IssuedDocument> matching = documents.stream().filter(document -> document.title().equals(title)).toList();
        assertThat(matching).as("%s among %s", title, documents.stream().map(IssuedDocument::title).toList()).hasSize(1);
        return matching.get(0);
    }

    private byte[] signedContent(IssuedDocument document) {
        StoredFile file = files.find(document.id()).orElseThrow();
        assertThat(file.kind()).isEqualTo(FileKind.SLIP);
        byte[] pdf = files.content(file);
        assertThat(verifier.verify(pdf).valid()).isTrue();
        assertThat(register.findBySha256(StoredFiles.sha256(pdf))).map(IssuedDocument::id).contains(document.id());
        return pdf;
    }

    /** The slips in the register once there are {@code count} of them, oldest first; fails if there are more. */
    private List<IssuedDocument> awaitSlips(UUID dossierId, int count) {
        List<IssuedDocument> slips = await("dossier " + dossierId + " with " + count + " slips")
                .atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> register.ofDossier(dossierId).stream().filter(document -> document.kind() == FileKind.SLIP)
                        .toList(), found -> found.size() >= count);
        assertThat(slips).hasSize(count);
        return slips;
    }
}
