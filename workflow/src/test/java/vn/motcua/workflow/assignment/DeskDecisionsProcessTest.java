package vn.motcua.workflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.dossier.IllegalTransitionException;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.TaskHeldException;
import vn.motcua.workflow.TaskNotAvailableException;
import vn.motcua.workflow.desk.DeskActions;

/**
 * Refusal at intake and stopping by the leader end the process and issue slips 03 and 05; claim, release, reassign,
 * return and send-back move who works a task and where the process stands, and an unclaimed colleague cannot
 * complete a claimed task.
 */
@SpringBootTest(classes = vn.motcua.workflow.WorkflowTestApplication.class)
class DeskDecisionsProcessTest {

    private static final String OWNER = "079090001234";
    private static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Võ Thị Hạnh", "H29.12.05", Set.of(Role.CLERK));
    private static final StaffMember OTHER_CLERK = new StaffMember("tiepnhan.tanphu", "Đỗ Văn Tâm", "H29.12.07", Set.of(Role.CLERK));
    private static final StaffMember SPECIALIST = new StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05", Set.of(Role.SPECIALIST));
    private static final StaffMember SECOND_SPECIALIST = new StaffMember("chuyenvien2.benthanh", "Ngô Thị Lan", "H29.12.05", Set.of(Role.SPECIALIST));
    private static final StaffMember LEADER = new StaffMember("lanhdao.benthanh", "Phạm Văn Hải", "H29.12.05", Set.of(Role.LEADER));
    private static final StaffMember OTHER_LEADER = new StaffMember("lanhdao.tanphu", "Trần Văn Bình", "H29.12.07", Set.of(Role.LEADER));

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired TaskAssignments assignments;
    @Autowired vn.motcua.cases.staff.StaffDirectory staffAccounts;
    @Autowired vn.motcua.workflow.staff.StaffAssignments staffAssignments;
    @Autowired StaffActions staffActions;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired StoredFiles files;
    @Autowired IssuedDocuments register;
    @Autowired SignatureVerifier verifier;

    @Test
    void aRefusalNeedsAReasonEndsTheProcessAndIssuesSlip03() {
        Dossier filed = extract();

        assertThatThrownBy(() -> desk.refuse(filed.id(), CLERK, "   ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> desk.refuse(filed.id(), OTHER_CLERK, "Không thuộc thẩm quyền"))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(dossiers.get(filed.id()).status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(processCount(filed.id())).isEqualTo(1);

        Dossier refused = desk.refuse(filed.id(), CLERK, "  Yêu cầu không thuộc thẩm quyền của phường  ");
        assertThat(refused.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(refused.history().get(refused.history().size() - 1).note())
                .isEqualTo("Yêu cầu không thuộc thẩm quyền của phường");
        assertThat(processCount(filed.id())).as("the process ended").isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(filed.id().toString())
                .singleResult().getDeleteReason()).contains("refused at intake");

        byte[] slip = slip(filed.id(), "Phiếu từ chối tiếp nhận giải quyết hồ sơ");
        assertThat(PdfText.of(slip)).contains("PHIẾU TỪ CHỐI TIẾP NHẬN").contains(filed.code())
                .contains("Yêu cầu không thuộc thẩm quyền của phường");
        pdfsigValid(slip);

        assertThatThrownBy(() -> desk.refuse(filed.id(), CLERK, "Lần hai")).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> dossiers.refuse(filed.id(), CLERK.username(), "Lần hai"))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anAcceptedDossierCannotBeRefusedButItsLeaderStopsItWithSlip05() {
        Dossier filed = extract();
        desk.accept(filed.id(), CLERK);
        assertThatThrownBy(() -> dossiers.refuse(filed.id(), CLERK.username(), "Muộn"))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> desk.stop(filed.id(), OTHER_LEADER, "Không phải cơ quan mình"))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> desk.stop(filed.id(), SPECIALIST, "Không phải lãnh đạo"))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> desk.stop(filed.id(), LEADER, "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(dossiers.get(filed.id()).status()).isEqualTo(DossierStatus.IN_PROGRESS);

        Dossier stopped = desk.stop(filed.id(), LEADER, "Tòa án đang giải quyết tranh chấp liên quan");
        assertThat(stopped.status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(processCount(filed.id())).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(filed.id().toString()).count()).isZero();

        byte[] slip = slip(filed.id(), "Thông báo dừng xử lý hồ sơ");
        assertThat(PdfText.of(slip)).contains("THÔNG BÁO DỪNG XỬ LÝ HỒ SƠ").contains(filed.code())
                .contains("Tòa án đang giải quyết tranh chấp liên quan");
        pdfsigValid(slip);
        assertThatThrownBy(() -> desk.stop(filed.id(), LEADER, "Lần hai")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aClaimedTaskIsWorkedOnlyByItsHolderUntilReleasedOrReassigned() {
        Dossier filed = extract();
        desk.accept(filed.id(), CLERK);
        desk.review(filed.id(), SPECIALIST);
        recordWithRoles(LEADER);
        StaffMember deputy = new StaffMember("pholanhdao.benthanh", "Lê Thị Mai", "H29.12.05", Set.of(Role.LEADER));
        recordWithRoles(deputy);
        recordWithRoles(OTHER_LEADER);

        assignments.claim(filed.id(), deputy);
        assertThat(assignments.task(filed.id(), LEADER).orElseThrow().assignee()).isEqualTo("pholanhdao.benthanh");
        assertThat(desk.inbox(LEADER)).filteredOn(task -> task.dossierId().equals(filed.id()))
                .extracting(task -> task.assignee()).containsExactly("pholanhdao.benthanh");
        assertThat(desk.hasTask(filed.id(), DeskActions.APPROVAL, LEADER)).isFalse();
        assertThatThrownBy(() -> desk.approve(filed.id(), LEADER)).isInstanceOf(TaskHeldException.class);
        assertThatThrownBy(() -> assignments.claim(filed.id(), LEADER)).isInstanceOf(TaskHeldException.class);
        assertThatThrownBy(() -> assignments.release(filed.id(), LEADER)).isInstanceOf(TaskHeldException.class);
        assertThatThrownBy(() -> assignments.reassign(filed.id(), LEADER, "lanhdao.benthanh"))
                .isInstanceOf(TaskHeldException.class);
        assertThatThrownBy(() -> assignments.claim(filed.id(), OTHER_LEADER)).isInstanceOf(TaskNotAvailableException.class);
        assertThat(dossiers.get(filed.id()).status()).isEqualTo(DossierStatus.IN_PROGRESS);

        assignments.release(filed.id(), deputy);
        assertThat(assignments.task(filed.id(), LEADER).orElseThrow().free()).isTrue();

        assertThat(assignments.colleagues(filed.id(), deputy)).extracting(StaffMember::username)
                .containsExactly("lanhdao.benthanh");
        assertThatThrownBy(() -> assignments.reassign(filed.id(), deputy, "lanhdao.tanphu"))
                .isInstanceOf(UnknownColleagueException.class);
        assertThatThrownBy(() -> assignments.reassign(filed.id(), deputy, "pholanhdao.benthanh"))
                .as("not to oneself").isInstanceOf(UnknownColleagueException.class);
        assignments.reassign(filed.id(), deputy, "lanhdao.benthanh");
        assertThat(assignments.task(filed.id(), LEADER).orElseThrow().assignee()).isEqualTo("lanhdao.benthanh");
        assertThatThrownBy(() -> desk.approve(filed.id(), deputy)).isInstanceOf(TaskHeldException.class);

        desk.approve(filed.id(), LEADER);
        assertThat(assignments.task(filed.id(), LEADER)).isEmpty();
        assertThat(staffActions.of(filed.id())).extracting(StaffAction::kind, StaffAction::actor, StaffAction::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StaffAction.Kind.CLAIM, "pholanhdao.benthanh", null),
                        org.assertj.core.groups.Tuple.tuple(StaffAction.Kind.RELEASE, "pholanhdao.benthanh", null),
                        org.assertj.core.groups.Tuple.tuple(StaffAction.Kind.REASSIGN, "pholanhdao.benthanh", "lanhdao.benthanh"));
    }

    @Test
    void reviewReturnsToTheDeskWhichSendsItStraightBackAndApprovalReturnsToReview() {
        Dossier filed = dossiers.file(registration());
        desk.accept(filed.id(), CLERK);
        desk.confirmFeeAtDesk(filed.id(), CLERK, "BL-" + filed.id().toString().substring(0, 6));
        assertThat(desk.hasTask(filed.id(), DeskActions.REVIEW, SPECIALIST)).isTrue();
        assertThat(assignments.task(filed.id(), SPECIALIST).orElseThrow().canReturn()).isTrue();

        assertThatThrownBy(() -> assignments.returnToEarlierStep(filed.id(), SPECIALIST, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assignments.returnToEarlierStep(filed.id(), LEADER, "Không phải việc của tôi"))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThat(desk.hasTask(filed.id(), DeskActions.REVIEW, SPECIALIST)).isTrue();

        assertThat(assignments.returnToEarlierStep(filed.id(), SPECIALIST, "Thiếu hợp đồng thuê địa điểm"))
                .isEqualTo(DeskActions.INTAKE);
        assertThat(desk.hasTask(filed.id(), DeskActions.REVIEW, SPECIALIST)).isFalse();
        AssignableTask atDesk = assignments.task(filed.id(), CLERK).orElseThrow();
        assertThat(atDesk.taskKey()).isEqualTo(DeskActions.INTAKE);
        assertThat(atDesk.returnedFrom()).isEqualTo(DeskActions.REVIEW);
        assertThat(dossiers.get(filed.id()).status()).as("the legal clock keeps running").isEqualTo(DossierStatus.IN_PROGRESS);
        assertThatThrownBy(() -> desk.accept(filed.id(), CLERK)).isInstanceOf(IllegalTransitionException.class);

        assignments.sendBack(filed.id(), CLERK);
        assertThat(desk.hasTask(filed.id(), DeskActions.REVIEW, SPECIALIST)).as("straight back, not through the fee").isTrue();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(filed.id().toString())
                .taskDefinitionKey(DeskActions.FEE).count()).isZero();
        assertThatThrownBy(() -> assignments.sendBack(filed.id(), SPECIALIST)).isInstanceOf(TaskNotAvailableException.class);

        desk.review(filed.id(), SPECIALIST);
        assignments.returnToEarlierStep(filed.id(), LEADER, "Cần thẩm định lại vốn kinh doanh");
        assertThat(desk.hasTask(filed.id(), DeskActions.REVIEW, SPECIALIST)).isTrue();
        assertThat(desk.hasTask(filed.id(), DeskActions.APPROVAL, LEADER)).isFalse();
        desk.review(filed.id(), SPECIALIST);
        assertThat(desk.hasTask(filed.id(), DeskActions.APPROVAL, LEADER)).isTrue();

        List<StaffAction> actions = staffActions.of(filed.id());
        assertThat(actions).extracting(StaffAction::kind).containsExactly(StaffAction.Kind.RETURN,
                StaffAction.Kind.SEND_BACK, StaffAction.Kind.RETURN);
        assertThat(actions.get(0)).extracting(StaffAction::actor, StaffAction::from, StaffAction::to, StaffAction::detail)
                .containsExactly("chuyenvien.benthanh", "review", "intake", "Thiếu hợp đồng thuê địa điểm");
        assertThat(actions.get(2)).extracting(StaffAction::from, StaffAction::to, StaffAction::detail)
                .containsExactly("approval", "review", "Cần thẩm định lại vốn kinh doanh");
    }

    @Test
    void theExtractCopysApprovalReturnsToTheSpecialistsReview() {
        Dossier filed = extract();
        desk.accept(filed.id(), CLERK);
        desk.review(filed.id(), SPECIALIST);
        assertThat(assignments.task(filed.id(), LEADER).orElseThrow().canReturn()).isTrue();

        assignments.returnToEarlierStep(filed.id(), LEADER, "Cần đối chiếu lại sổ hộ tịch");

        assertThat(desk.hasTask(filed.id(), DeskActions.APPROVAL, LEADER)).isFalse();
        assertThat(desk.hasTask(filed.id(), DeskActions.REVIEW, SPECIALIST)).isTrue();
    }

    private Dossier extract() {
        return dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant(OWNER, "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", "45 Lê Thánh Tôn", "0901234567", null), Channel.ONLINE,
                new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male",
                        OWNER, "UBND phường Bến Thành", "", 1, "").toFormData()));
    }

    /** A household business registration (HCM.HKD.01): intake, fee, review, approval. */
    private static FileDossier registration() {
        return new FileDossier("HCM.HKD.01", new Applicant(OWNER, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male",
                "45 Lê Thánh Tôn, phường Bến Thành, Thành phố Hồ Chí Minh", "0901234567", null), Channel.ONLINE,
                java.util.Map.of("ownerName", "Nguyễn Văn An", "businessName", "Hộ kinh doanh Cơm Tấm An",
                        "businessAddress", java.util.Map.of("province", "79", "provinceName", "Thành phố Hồ Chí Minh",
                                "ward", "26734", "wardName", "Phường Bến Thành", "street", "12 Lê Lợi"),
                        "capital", 150_000_000L,
                        "businessLines", List.of(java.util.Map.of("code", "5610", "description", "Nhà hàng, quán ăn")),
                        "members", List.of()));
    }

    private long processCount(UUID dossierId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId.toString()).count();
    }

    /** Waits for the slip issued after the commit, checks it is signed and registered, and returns it. */
    private byte[] slip(UUID dossierId, String title) {
        IssuedDocument document = await("slip " + title + " of dossier " + dossierId).atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> register.ofDossier(dossierId).stream().filter(d -> d.kind() == FileKind.SLIP)
                        .filter(d -> d.title().equals(title)).findFirst(), Optional::isPresent)
                .get();
        byte[] pdf = files.content(files.find(document.id()).orElseThrow());
        assertThat(verifier.verify(pdf).valid()).isTrue();
        return pdf;
    }

    private static void pdfsigValid(byte[] pdf) {
        if (Pdfsig.available()) {
            PdfsigReport report = Pdfsig.check(pdf);
            assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
            assertThat(report.digestMatches()).as(report.output()).isTrue();
            assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
        }
    }

    /** Records the account as it comes to be in production: its first login (no role), then an administrator's grant. */
    private void recordWithRoles(StaffMember member) {
        staffAccounts.atLogin(member.username(), member.fullName(), member.agencyCode());
        staffAssignments.change(new vn.motcua.workflow.staff.StaffChange(member.username(), member.agencyCode(),
                member.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()), true), "quantri");
    }
}
