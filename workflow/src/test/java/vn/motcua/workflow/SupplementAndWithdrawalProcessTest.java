package vn.motcua.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import vn.motcua.cases.dossier.StatusChange;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.supplement.AnswerSupplement;
import vn.motcua.cases.supplement.Supplements;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.desk.OpenTask;

/** The process waits at the desk while a supplement is open, and ends with no open task when the dossier is withdrawn. */
@SpringBootTest
class SupplementAndWithdrawalProcessTest {

    private static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Võ Thị Hạnh", "H29.12.05", Set.of(Role.CLERK));
    private static final StaffMember OTHER_CLERK = new StaffMember("tiepnhan.tanphu", "Đỗ Văn Tâm", "H29.12.07", Set.of(Role.CLERK));
    private static final StaffMember LEADER = new StaffMember("lanhdao.benthanh", "Phạm Văn Hải", "H29.12.05", Set.of(Role.LEADER));
    private static final String OWNER = "079090001234";

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired Supplements supplements;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;

    private Dossier file() {
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", OWNER, "UBND phường Bến Thành", "", 1, "");
        return dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant(OWNER, "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", "45 Lê Thánh Tôn", "0901234567", null), Channel.ONLINE,
                request.toFormData()));
    }

    @Test
    void theDeskWaitsForTheSupplementThenAccepts() {
        Dossier filed = file();
        assertThatThrownBy(() -> desk.requestSupplement(filed.id(), OTHER_CLERK, "Thiếu", List.of("Giấy ủy quyền")))
                .isInstanceOf(TaskNotAvailableException.class);

        desk.requestSupplement(filed.id(), CLERK, "Thiếu văn bản ủy quyền", List.of("Văn bản ủy quyền có chứng thực"));

        assertThat(dossiers.get(filed.id()).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(desk.hasTask(filed.id(), DeskActions.INTAKE, CLERK)).as("the intake task stays open").isTrue();
        assertThatThrownBy(() -> desk.accept(filed.id(), CLERK)).isInstanceOf(IllegalTransitionException.class);
        assertThat(dossiers.get(filed.id()).status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);

        supplements.answer(new AnswerSupplement(filed.id(), OWNER, "Đã bổ sung",
                List.of(new AnswerSupplement.UploadedFile("uy-quyen.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1)))));
        assertThat(dossiers.get(filed.id()).status()).isEqualTo(DossierStatus.SUBMITTED);

        desk.accept(filed.id(), CLERK);
        assertThat(dossiers.get(filed.id()).history()).extracting(StatusChange::status).containsExactly(
                DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.SUBMITTED,
                DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS);
    }

    @Test
    void aWithdrawnDossierLeavesNoOpenTaskAndNoRunningProcess() {
        Dossier waiting = file();
        desk.requestSupplement(waiting.id(), CLERK, "Thiếu", List.of("Giấy ủy quyền"));
        Dossier inProgress = file();
        desk.accept(inProgress.id(), CLERK);

        for (Dossier dossier : List.of(waiting, inProgress)) {
            String key = dossier.id().toString();
            dossiers.withdraw(dossier.id(), OWNER, "Không còn nhu cầu");

            assertThat(dossiers.get(dossier.id()).status()).isEqualTo(DossierStatus.WITHDRAWN);
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()
                    .getDeleteReason()).contains("withdrawn").contains("Không còn nhu cầu");
        }
        assertThat(desk.inbox(CLERK)).extracting(OpenTask::dossierId).doesNotContain(waiting.id());
        assertThat(desk.inbox(LEADER)).extracting(OpenTask::dossierId).doesNotContain(inProgress.id());
    }
}
