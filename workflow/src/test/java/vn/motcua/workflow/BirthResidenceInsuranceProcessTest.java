package vn.motcua.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.deadletter.DeadLetter;
import vn.motcua.workflow.deadletter.DeadLetters;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.desk.StaffScope;
import vn.motcua.workflow.desk.TaskCompletion;
import vn.motcua.workflow.desk.TaskDecision;
import vn.motcua.workflow.desk.TaskDetails;
import vn.motcua.workflow.interagency.FlakySocialInsurance;
import vn.motcua.workflow.verification.FlakyPopulationRegistry;

/**
 * Procedure HCM.LT.01 through its process: the ward's desk, its justice officer (the population database issues the
 * child's number), then in parallel the ward police and social insurance (which issues the card number), the join,
 * and the desk's hand-over of three signed results. Staff of the police and of social insurance see only the dossiers
 * the process routed to them.
 */
@SpringBootTest
class BirthResidenceInsuranceProcessTest {

    static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Võ Thị Hạnh", "H29.12.05", Set.of(Role.CLERK));
    static final StaffMember JUSTICE = new StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05", Set.of(Role.SPECIALIST));
    static final StaffMember POLICE = new StaffMember("congan.benthanh", "Trương Văn Lực", "H29.12.05.CA",
            Set.of(Role.SPECIALIST, Role.LEADER));
    static final StaffMember INSURANCE = new StaffMember("bhxh.thanhpho", "Lý Thị Ngọc Mai", "H29.BHXH", Set.of(Role.SPECIALIST));
    static final StaffMember OTHER_WARD = new StaffMember("lanhdao.tanphu", "Huỳnh Văn Phúc", "H29.12.07", Set.of(Role.LEADER));

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired TaskCompletion completion;
    @Autowired StaffScope scope;
    @Autowired RuntimeService runtime;
    @Autowired StoredFiles files;
    @Autowired IssuedDocuments register;
    @Autowired SignatureVerifier verifier;
    @Autowired DeadLetters deadLetters;
    @Autowired FlakyPopulationRegistry population;
    @Autowired FlakySocialInsurance insurance;

    @AfterEach
    void systemsBackUp() {
        population.birthsDown(false);
        insurance.down(false);
    }

    static FileDossier birth(String childName) {
        Map<String, Object> form = Map.ofEntries(Map.entry("applicantName", "Trần Thị Bích"),
                Map.entry("applicantRelation", "mother"), Map.entry("motherName", "Trần Thị Bích"),
                Map.entry("motherIdNumber", "079195005678"), Map.entry("fatherName", "Nguyễn Văn An"),
                Map.entry("fatherIdNumber", "079090001234"), Map.entry("phone", "0907654321"),
                Map.entry("childName", childName), Map.entry("childBirthDate", LocalDate.now().minusDays(20).toString()),
                Map.entry("childGender", "female"),
                Map.entry("childBirthPlace", Map.of("street", "284 Cống Quỳnh", "wardName", "Phường Bến Thành",
                        "provinceName", "Thành phố Hồ Chí Minh")),
                Map.entry("householdAddress", "45 Lê Thánh Tôn, phường Bến Thành"),
                Map.entry("householdMembers", List.of(
                        Map.of("fullName", "Nguyễn Văn An", "idNumber", "079090001234", "relation", "Chủ hộ"),
                        Map.of("fullName", "Trần Thị Bích", "idNumber", "079195005678", "relation", "Vợ"))));
        return new FileDossier("HCM.LT.01", new Applicant("079195005678", "Trần Thị Bích", LocalDate.of(1995, 8, 20),
                "female", "45 Lê Thánh Tôn", "0907654321", null), Channel.ONLINE, form);
    }

    @Test
    void theDeskTheJusticeOfficerPoliceAndSocialInsuranceLeadToThreeSignedResults() throws Exception {
        Dossier filed = dossiers.file(birth("Nguyễn Ngọc Hân"));
        assertThat(scope.find(filed.id(), POLICE)).as("not yet routed to the police").isEmpty();
        assertThat(scope.find(filed.id(), INSURANCE)).isEmpty();

        desk.accept(filed.id(), CLERK);
        TaskDetails registration = only(filed.id(), JUSTICE);
        assertThat(registration.taskKey()).isEqualTo("registerBirth");
        assertThat(registration.returnable()).isTrue();
        completion.complete(registration.taskId(), JUSTICE, TaskDecision.FORWARD, "Đã đăng ký khai sinh");

        TaskDetails residence = await(() -> completion.openTasks(filed.id(), POLICE).stream().findFirst());
        TaskDetails card = await(() -> completion.openTasks(filed.id(), INSURANCE).stream().findFirst());
        assertThat(residence.taskKey()).isEqualTo("confirmResidence");
        assertThat(residence.returnable()).isFalse();
        assertThat(card.taskKey()).isEqualTo("confirmInsurance");
        assertThat((String) runtime.getVariable(processOf(filed.id()), "childIdNumber")).matches("\\d{12}");
        assertThat((String) runtime.getVariable(processOf(filed.id()), "insuranceCardNumber")).matches("\\d{10}");

        // the routed agencies see the dossier; a third agency does not
        assertThat(scope.find(filed.id(), POLICE)).isPresent();
        assertThat(scope.find(filed.id(), INSURANCE)).isPresent();
        assertThat(scope.find(filed.id(), OTHER_WARD)).isEmpty();
        // a step cannot be completed by another agency, nor returned where the process has no return
        assertThatThrownBy(() -> completion.complete(residence.taskId(), INSURANCE, TaskDecision.FORWARD, ""))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> completion.complete(residence.taskId(), POLICE, TaskDecision.RETURN, "Sai địa chỉ"))
                .isInstanceOf(IllegalArgumentException.class);

        // police first: the join waits for social insurance
        completion.complete(residence.taskId(), POLICE, TaskDecision.FORWARD, "");
        assertThat(completion.openTasks(filed.id(), CLERK)).isEmpty();
        assertThat(dossiers.get(filed.id()).status()).isEqualTo(DossierStatus.IN_PROGRESS);
        completion.complete(card.taskId(), INSURANCE, TaskDecision.FORWARD, "");

        TaskDetails handOver = only(filed.id(), CLERK);
        assertThat(handOver.taskKey()).isEqualTo("returnResults");
        completion.complete(handOver.taskId(), CLERK, TaskDecision.FORWARD, "");

        Dossier done = awaitStatus(filed.id(), DossierStatus.RESULT_READY);
        List<IssuedDocument> results = await(() -> Optional.of(register.ofDossier(done.id()).stream()
                .filter(document -> document.kind() == FileKind.RESULT).toList()).filter(list -> list.size() == 3));
        assertThat(results).extracting(IssuedDocument::title, IssuedDocument::issuerAgencyCode).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("TRÍCH LỤC KHAI SINH", "H29.12.05"),
                org.assertj.core.groups.Tuple.tuple("XÁC NHẬN THÔNG TIN VỀ CƯ TRÚ", "H29.12.05.CA"),
                org.assertj.core.groups.Tuple.tuple("THÔNG BÁO CẤP THẺ BẢO HIỂM Y TẾ", "H29.BHXH"));
        assertThat(results).extracting(IssuedDocument::signer)
                .containsExactlyInAnyOrder("Võ Minh Tuấn", "Trương Văn Lực", "Lý Thị Ngọc Mai");
        for (StoredFile file : files.of(done.id(), FileKind.RESULT)) {
            byte[] pdf = files.content(file);
            assertThat(verifier.verify(pdf).valid()).as(file.fileName()).isTrue();
            assertThat(PdfText.of(pdf)).contains("Nguyễn Ngọc Hân").contains(done.code());
        }
        assertThat(scope.find(filed.id(), POLICE)).as("having had a task keeps the dossier in scope").isPresent();
    }

    @Test
    void theJoinWaitsForBothBranchesInEitherOrderAndTheJusticeOfficerMayReturnToTheDesk() {
        Dossier filed = dossiers.file(birth("Nguyễn Minh Khang"));
        desk.accept(filed.id(), CLERK);
        TaskDetails registration = only(filed.id(), JUSTICE);
        assertThatThrownBy(() -> completion.complete(registration.taskId(), JUSTICE, TaskDecision.RETURN, " "))
                .as("a return needs its reason").isInstanceOf(IllegalArgumentException.class);
        completion.complete(registration.taskId(), JUSTICE, TaskDecision.RETURN, "Giấy chứng sinh không rõ");
        assertThatThrownBy(() -> completion.complete(registration.taskId(), JUSTICE, TaskDecision.FORWARD, ""))
                .as("the task is done").isInstanceOf(TaskNotAvailableException.class);

        TaskDetails recheck = only(filed.id(), CLERK);
        assertThat(recheck.taskKey()).isEqualTo("recheck");
        assertThat(completion.notes(filed.id())).extracting(note -> note.text())
                .containsExactly("Giấy chứng sinh không rõ");
        completion.complete(recheck.taskId(), CLERK, TaskDecision.FORWARD, "Đã bổ sung bản rõ");
        completion.complete(only(filed.id(), JUSTICE).taskId(), JUSTICE, TaskDecision.FORWARD, "");

        TaskDetails card = await(() -> completion.openTasks(filed.id(), INSURANCE).stream().findFirst());
        TaskDetails residence = await(() -> completion.openTasks(filed.id(), POLICE).stream().findFirst());
        // social insurance first this time
        completion.complete(card.taskId(), INSURANCE, TaskDecision.FORWARD, "");
        assertThat(completion.openTasks(filed.id(), CLERK)).as("the join still waits for the police").isEmpty();
        completion.complete(residence.taskId(), POLICE, TaskDecision.FORWARD, "");
        assertThat(only(filed.id(), CLERK).taskKey()).isEqualTo("returnResults");
    }

    @Test
    void aFailingPopulationDatabaseLandsInTheDeadLetterListAndTheProcessRunsOnAfterARetry() {
        population.birthsDown(true);
        Dossier filed = dossiers.file(birth("Nguyễn Gia Bảo"));
        desk.accept(filed.id(), CLERK);
        completion.complete(only(filed.id(), JUSTICE).taskId(), JUSTICE, TaskDecision.FORWARD, "");

        DeadLetter letter = await(() -> deadLetters.list().stream()
                .filter(l -> filed.code().equals(l.dossierCode())).findFirst());
        assertThat(letter.activityId()).isEqualTo("issueChildId");
        assertThat(letter.exceptionMessage()).contains("population database down");
        assertThat(completion.openTasks(filed.id(), POLICE)).isEmpty();

        population.birthsDown(false);
        deadLetters.retry(letter.jobId(), "quantri");
        assertThat(await(() -> completion.openTasks(filed.id(), POLICE).stream().findFirst()).taskKey())
                .isEqualTo("confirmResidence");
        assertThat(await(() -> completion.openTasks(filed.id(), INSURANCE).stream().findFirst()).taskKey())
                .isEqualTo("confirmInsurance");
    }

    @Test
    void aFailingSocialInsuranceHoldsOnlyItsBranchUntilTheRetry() {
        insurance.down(true);
        Dossier filed = dossiers.file(birth("Nguyễn Bảo Ngọc"));
        desk.accept(filed.id(), CLERK);
        completion.complete(only(filed.id(), JUSTICE).taskId(), JUSTICE, TaskDecision.FORWARD, "");

        DeadLetter letter = await(() -> deadLetters.list().stream()
                .filter(l -> filed.code().equals(l.dossierCode())).findFirst());
        assertThat(letter.activityId()).isEqualTo("issueInsuranceCard");
        // the police branch goes on meanwhile; the join waits
        completion.complete(await(() -> completion.openTasks(filed.id(), POLICE).stream().findFirst()).taskId(), POLICE,
                TaskDecision.FORWARD, "");
        assertThat(completion.openTasks(filed.id(), CLERK)).isEmpty();

        insurance.down(false);
        deadLetters.retry(letter.jobId(), "quantri");
        completion.complete(await(() -> completion.openTasks(filed.id(), INSURANCE).stream().findFirst()).taskId(),
                INSURANCE, TaskDecision.FORWARD, "");
        assertThat(only(filed.id(), CLERK).taskKey()).isEqualTo("returnResults");
    }

    private String processOf(UUID dossierId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId.toString()).singleResult().getId();
    }

    private TaskDetails only(UUID dossierId, StaffMember staff) {
        return await(() -> completion.openTasks(dossierId, staff).stream().findFirst());
    }

    private Dossier awaitStatus(UUID id, DossierStatus status) {
        return await(() -> Optional.of(dossiers.get(id)).filter(dossier -> dossier.status() == status));
    }

    static <T> T await(Supplier<Optional<T>> probe) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(probe::get, Optional::isPresent).get();
    }
}
