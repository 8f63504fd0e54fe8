package vn.motcua.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.dossier.StatusChange;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFile;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.lgsp.SyncRecord;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.desk.OpenTask;
import vn.motcua.workflow.sync.RecordingNationalPortal;

@SpringBootTest
class ExtractProcessTest {

    private static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Võ Thị Hạnh", "H29.12.05", Set.of(Role.CLERK));
    private static final StaffMember SPECIALIST = new StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05", Set.of(Role.SPECIALIST));
    private static final StaffMember LEADER = new StaffMember("lanhdao.benthanh", "Phạm Văn Hải", "H29.12.05", Set.of(Role.LEADER));
    private static final StaffMember OTHER_CLERK = new StaffMember("tiepnhan.tanphu", "Đỗ Văn Tâm", "H29.12.07", Set.of(Role.CLERK));

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired StoredFiles files;
    @Autowired SignatureVerifier verifier;
    @Autowired JdbcClient jdbc;
    @Autowired RecordingNationalPortal nationalPortal;

    private static FileDossier extract(String procedureCode, String owner) {
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", "079090001234", "UBND phường Bến Thành", "123/1990", 2, "Bổ sung hồ sơ");
        return new FileDossier(procedureCode, new Applicant(owner, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male",
                "45 Lê Thánh Tôn", "0901234567", null), Channel.ONLINE, request.toFormData());
    }

    @Test
    void aDossierGoesFromFilingThroughTheDeskAndTheLeaderToASignedResult() throws IOException {
        Dossier filed = dossiers.file(extract(ExtractRequest.PROCEDURE_CODE, "079090001234"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(filed.id().toString()).count()).isOne();
        assertThat(desk.inbox(CLERK)).extracting(OpenTask::dossierId).contains(filed.id());
        assertThat(desk.inbox(OTHER_CLERK)).extracting(OpenTask::dossierId).doesNotContain(filed.id());

        assertThatThrownBy(() -> desk.accept(filed.id(), OTHER_CLERK)).isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> desk.approve(filed.id(), LEADER)).isInstanceOf(TaskNotAvailableException.class);
        assertThat(dossiers.get(filed.id()).status()).isEqualTo(DossierStatus.SUBMITTED);

        desk.accept(filed.id(), CLERK);
        Dossier accepted = dossiers.get(filed.id());
        assertThat(accepted.history()).extracting(StatusChange::status)
                .containsExactly(DossierStatus.SUBMITTED, DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS);
        assertThat(accepted.dueAt()).isNotNull();
        assertThat(desk.inbox(SPECIALIST)).extracting(OpenTask::taskKey, OpenTask::dossierId)
                .contains(org.assertj.core.groups.Tuple.tuple(DeskActions.REVIEW, filed.id()));
        assertThatThrownBy(() -> desk.approve(filed.id(), LEADER)).isInstanceOf(TaskNotAvailableException.class);

        desk.review(filed.id(), SPECIALIST);
        assertThat(desk.inbox(LEADER)).extracting(OpenTask::taskKey, OpenTask::dossierId)
                .contains(org.assertj.core.groups.Tuple.tuple(DeskActions.APPROVAL, filed.id()));
        desk.approve(filed.id(), LEADER);
        Dossier done = awaitStatus(filed.id(), DossierStatus.RESULT_READY);
        assertThat(done.history()).last().extracting(StatusChange::actor).isEqualTo("lanhdao.benthanh");
        StoredFile result = files.latest(filed.id(), FileKind.RESULT).orElseThrow();
        byte[] pdf = files.content(result);
        Path kept = Path.of("target", "generated-pdfs", "result-" + done.code() + ".pdf");
        Files.createDirectories(kept.getParent());
        Files.write(kept, pdf);
        assertThat(verifier.verify(pdf).valid()).isTrue();
        assertThat(result.sha256()).isEqualTo(StoredFiles.sha256(pdf));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(filed.id().toString()).count()).isZero();

        SyncRecord resultReady = awaitSyncRecord(done.code(), DossierStatus.RESULT_READY);
        assertThat(resultReady.resultDocuments()).containsExactly("BẢN SAO TRÍCH LỤC HỘ TỊCH");
        assertThat(resultReady.handlingUnit()).isEqualTo("H29.12.05");
    }

    private SyncRecord awaitSyncRecord(String dossierCode, DossierStatus status) {
        return await("the national portal's record of status " + status.code() + " for " + dossierCode)
                .atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> nationalPortal.acceptedFor(dossierCode).stream().filter(r -> r.status() == status.code())
                        .findFirst(), Optional::isPresent)
                .get();
    }

    @Test
    void filingAProcedureWithoutADeployedProcessSavesNothing() {
        String owner = "079201000321";
        // every seed procedure has its process now: point one at a process that was never deployed, for this test only
        String key = jdbc.sql("select v.process_key from procedure_version v join procedure p on p.id = v.procedure_id"
                + " where p.code = 'HCM.LT.01'").query(String.class).single();
        setProcessKey("HCM.LT.01", "not-deployed");
        try {
            assertThatThrownBy(() -> dossiers.file(extract("HCM.LT.01", owner))).isInstanceOf(RuntimeException.class);
        } finally {
            setProcessKey("HCM.LT.01", key);
        }
        assertThat(jdbc.sql("select count(*) from dossier where owner_id_number = ?").param(owner)
                .query(Integer.class).single()).isZero();
    }

    private void setProcessKey(String procedureCode, String processKey) {
        jdbc.sql("update procedure_version v set process_key = ? from procedure p where p.id = v.procedure_id"
                + " and p.code = ?").param(processKey).param(procedureCode).update();
    }

    @Test
    void aProcessWhoseUserTaskLacksAStatusOrAGroupIsRefusedAtDeployment() {
        String bpmn = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                             targetNamespace="test">
                  <process id="broken" isExecutable="true">
                    <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                    <userTask id="t" name="Xử lý" flowable:candidateGroups="clerks"/>
                    <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>
                  </process>
                </definitions>""";
        assertThatThrownBy(() -> repository.createDeployment().addString("broken.bpmn20.xml", bpmn).deploy())
                .hasMessageContaining("motcua:status")
                .hasMessageContaining("'clerks'");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("broken").count()).isZero();
    }

    @Test
    void aProcessWhoseUserTaskHasAStatusButNoCandidateGroupsIsRefusedAtDeployment() {
        String bpmn = """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:motcua="https://motcua.vn/bpmn"
                             targetNamespace="test">
                  <process id="nobody" isExecutable="true">
                    <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="t"/>
                    <userTask id="t" name="Xử lý" motcua:status="4"/>
                    <sequenceFlow id="f2" sourceRef="t" targetRef="e"/><endEvent id="e"/>
                  </process>
                </definitions>""";
        assertThatThrownBy(() -> repository.createDeployment().addString("nobody.bpmn20.xml", bpmn).deploy())
                .hasMessageContaining("User task 't' has no candidate groups");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("nobody").count()).isZero();
    }

    private Dossier awaitStatus(UUID id, DossierStatus status) {
        return await("dossier " + id + " in status " + status.code()).atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> dossiers.get(id), dossier -> dossier.status() == status);
    }
}
