package vn.motcua.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.desk.TaskCompletion;
import vn.motcua.workflow.desk.TaskDecision;
import vn.motcua.workflow.desk.TaskDetails;
import vn.motcua.workflow.desk.TaskNote;

/** Procedure 2.000635's returns: the specialist back to the desk with a reason, the leader back to the specialist. */
@SpringBootTest
class ExtractReturnsProcessTest {

    static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Võ Thị Hạnh", "H29.12.05", Set.of(Role.CLERK));
    static final StaffMember SPECIALIST = new StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05", Set.of(Role.SPECIALIST));
    static final StaffMember LEADER = new StaffMember("lanhdao.benthanh", "Phạm Văn Hải", "H29.12.05", Set.of(Role.LEADER));
    static final StaffMember OTHER_LEADER = new StaffMember("lanhdao.tanphu", "Huỳnh Văn Phúc", "H29.12.07", Set.of(Role.LEADER));

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired TaskCompletion completion;

    private Dossier filed() {
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", "079090001234", "UBND phường Bến Thành", "123/1990", 1, "");
        return dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant("079090001234",
                "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male", "45 Lê Thánh Tôn", "0901234567", null),
                Channel.ONLINE, request.toFormData()));
    }

    @Test
    void theSpecialistReturnsToTheDeskAndTheLeaderToTheSpecialistBeforeTheResult() {
        Dossier filed = filed();
        TaskDetails intake = only(filed.id(), CLERK);
        assertThat(intake.general()).as("intake has its own page at the desk").isFalse();
        assertThatThrownBy(() -> completion.complete(intake.taskId(), CLERK, TaskDecision.FORWARD, ""))
                .isInstanceOf(TaskNotAvailableException.class);
        desk.accept(filed.id(), CLERK);

        TaskDetails review = only(filed.id(), SPECIALIST);
        assertThat(review.taskKey()).isEqualTo(DeskActions.REVIEW);
        assertThat(review.returnable()).isTrue();
        assertThatThrownBy(() -> completion.complete(review.taskId(), SPECIALIST, TaskDecision.RETURN, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(only(filed.id(), SPECIALIST).taskId()).as("a refused return changes nothing").isEqualTo(review.taskId());
        completion.complete(review.taskId(), SPECIALIST, TaskDecision.RETURN, "Thiếu số đăng ký");

        TaskDetails recheck = only(filed.id(), CLERK);
        assertThat(recheck.taskKey()).isEqualTo("recheck");
        assertThat(recheck.returnable()).isFalse();
        assertThat(dossiers.get(filed.id()).status()).isEqualTo(DossierStatus.IN_PROGRESS);
        completion.complete(recheck.taskId(), CLERK, TaskDecision.FORWARD, "Đã ghi số đăng ký");
        desk.review(filed.id(), SPECIALIST);

        TaskDetails approval = only(filed.id(), LEADER);
        assertThat(approval.taskKey()).isEqualTo(DeskActions.APPROVAL);
        assertThatThrownBy(() -> completion.complete(approval.taskId(), OTHER_LEADER, TaskDecision.FORWARD, ""))
                .isInstanceOf(TaskNotAvailableException.class);
        completion.complete(approval.taskId(), LEADER, TaskDecision.RETURN, "Kiểm tra lại ngày sinh");
        assertThatThrownBy(() -> completion.complete(approval.taskId(), LEADER, TaskDecision.FORWARD, ""))
                .as("a task that no longer exists").isInstanceOf(TaskNotAvailableException.class);

        TaskDetails again = only(filed.id(), SPECIALIST);
        assertThat(again.taskKey()).isEqualTo(DeskActions.REVIEW);
        completion.complete(again.taskId(), SPECIALIST, TaskDecision.FORWARD, "");
        completion.complete(only(filed.id(), LEADER).taskId(), LEADER, TaskDecision.FORWARD, "Đồng ý");

        BirthResidenceInsuranceProcessTest.await(() -> Optional.of(dossiers.get(filed.id()))
                .filter(dossier -> dossier.status() == DossierStatus.RESULT_READY));
        assertThat(completion.notes(filed.id())).extracting(TaskNote::author, TaskNote::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("chuyenvien.benthanh", "Thiếu số đăng ký"),
                org.assertj.core.groups.Tuple.tuple("tiepnhan.benthanh", "Đã ghi số đăng ký"),
                org.assertj.core.groups.Tuple.tuple("lanhdao.benthanh", "Kiểm tra lại ngày sinh"),
                org.assertj.core.groups.Tuple.tuple("lanhdao.benthanh", "Đồng ý"));
        assertThat(completion.notes(filed.id())).extracting(TaskNote::taskName).startsWith("Thẩm định hồ sơ");
    }

    private TaskDetails only(UUID dossierId, StaffMember staff) {
        return BirthResidenceInsuranceProcessTest.await(() -> completion.openTasks(dossierId, staff).stream().findFirst());
    }
}
