package vn.motcua.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.clock.WorkingCalendar;
import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FeeChannel;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.dossier.IllegalTransitionException;
import vn.motcua.cases.dossier.RecordFeePayment;
import vn.motcua.cases.dossier.StatusChange;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.desk.DeskActions;
import vn.motcua.workflow.desk.OpenTask;
import vn.motcua.workflow.routing.ProcessVariables;

/**
 * Procedure HCM.HKD.01 through its process: the desk accepts, the fee gate (status 6) pauses the legal clock until the
 * fee is confirmed, the specialist reviews, the leader approves, and the signed certificate is issued. The domain's
 * clock is set by the test; the engine's job executor keeps real time.
 */
@SpringBootTest(classes = { WorkflowTestApplication.class, HouseholdBusinessProcessTest.SetClock.class })
class HouseholdBusinessProcessTest {

    static final ZoneId ZONE = LegalClock.ZONE;
    /** Monday 2 March 2026, 09:00 in Ho Chi Minh City: a working day. */
    static final Instant MONDAY_NINE = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZONE).toInstant();

    private static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Võ Thị Hạnh", "H29.12.05", Set.of(Role.CLERK));
    private static final StaffMember OTHER_CLERK = new StaffMember("tiepnhan.tanphu", "Đỗ Văn Tâm", "H29.12.07", Set.of(Role.CLERK));
    private static final StaffMember SPECIALIST = new StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05", Set.of(Role.SPECIALIST));
    private static final StaffMember LEADER = new StaffMember("lanhdao.benthanh", "Đặng Quốc Hùng", "H29.12.05", Set.of(Role.LEADER));

    @TestConfiguration(proxyBeanMethods = false)
    static class SetClock {

        static final AtomicReference<Instant> NOW = new AtomicReference<>(MONDAY_NINE);

        @Bean
        @Primary
        Clock settableClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("UTC");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }
    }

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired HistoryService history;
    @Autowired WorkingCalendar calendar;
    @Autowired StoredFiles files;
    @Autowired IssuedDocuments register;
    @Autowired SignatureVerifier verifier;

    static FileDossier registration(String owner) {
        return new FileDossier("HCM.HKD.01", new Applicant(owner, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male",
                "45 Lê Thánh Tôn, phường Bến Thành, Thành phố Hồ Chí Minh", "0901234567", null), Channel.ONLINE, Map.of(
                "ownerName", "Nguyễn Văn An",
                "businessName", "Hộ kinh doanh Cơm Tấm An",
                "businessAddress", Map.of("province", "79", "provinceName", "Thành phố Hồ Chí Minh", "ward", "26734",
                        "wardName", "Phường Bến Thành", "street", "12 Lê Lợi"),
                "capital", 150_000_000L,
                "businessLines", List.of(Map.of("code", "5610", "description", "Nhà hàng, quán ăn"),
                        Map.of("code", "5630", "description", "Dịch vụ phục vụ đồ uống")),
                "members", List.of(Map.of("name", "Trần Thị Bích", "idNumber", "079191004321", "share", 40L))));
    }

    @Test
    void theFeeGatePausesTheClockUntilTheClerkConfirmsThePaymentThenTheSpecialistAndTheLeaderLeadToTheCertificate() {
        SetClock.NOW.set(MONDAY_NINE);
        Dossier filed = dossiers.file(registration("079090001234"));
        assertThat(desk.inbox(CLERK)).extracting(OpenTask::taskKey, OpenTask::dossierId)
                .contains(org.assertj.core.groups.Tuple.tuple(DeskActions.INTAKE, filed.id()));

        desk.accept(filed.id(), CLERK);
        Dossier waiting = dossiers.get(filed.id());
        assertThat(waiting.status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
        assertThat(waiting.deadline().pausedAt()).isEqualTo(MONDAY_NINE);
        Instant dueBeforePause = waiting.dueAt();
        assertThat(dueBeforePause).isEqualTo(calendar.dueAt(MONDAY_NINE, waiting.procedureVersion().deadlineRule()));
        assertThat(desk.inbox(CLERK)).extracting(OpenTask::taskKey, OpenTask::dossierId)
                .contains(org.assertj.core.groups.Tuple.tuple(DeskActions.FEE, filed.id()));
        assertThat(dossiers.awaitingFee("H29.12.05")).extracting(Dossier::id).contains(filed.id());
        assertThat(desk.hasTask(filed.id(), DeskActions.REVIEW, SPECIALIST)).as("no review before the fee").isFalse();

        assertThatThrownBy(() -> desk.confirmFeeAtDesk(filed.id(), OTHER_CLERK, "BL-0001"))
                .isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> desk.confirmFeeAtDesk(filed.id(), CLERK, "  "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dossiers.get(filed.id()).status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);

        // the citizen pays at the desk the next morning: one working day of pause
        Instant tuesdayNine = MONDAY_NINE.plus(Duration.ofDays(1));
        SetClock.NOW.set(tuesdayNine);
        Dossier paid = desk.confirmFeeAtDesk(filed.id(), CLERK, "BL-2026-000123");
        LegalClock legalClock = calendar.legalClock();
        Duration paused = legalClock.workingTimeBetween(MONDAY_NINE, tuesdayNine);
        assertThat(paused).isPositive();
        assertThat(paid.dueAt()).isAfter(dueBeforePause)
                .isEqualTo(legalClock.plusWorkingTime(dueBeforePause, paused));
        assertThat(paid.deadline().pausedAt()).isNull();
        assertThat(paid.fee().receiptNumber()).isEqualTo("BL-2026-000123");
        assertThat(paid.fee().amountVnd()).isEqualTo(100_000L);
        assertThat(paid.fee().via()).isEqualTo(FeeChannel.DESK);
        assertThat(paid.status()).as("the review step holds it").isEqualTo(DossierStatus.IN_PROGRESS);

        assertThatThrownBy(() -> desk.confirmFeeAtDesk(filed.id(), CLERK, "BL-2026-000124"))
                .as("a fee is confirmed once").isInstanceOf(TaskNotAvailableException.class);
        assertThatThrownBy(() -> dossiers.recordFeePayment(new RecordFeePayment(filed.id(), "PG-1", 100_000L, "paygov",
                FeeChannel.ONLINE))).as("nor paid online afterwards").isInstanceOf(IllegalTransitionException.class);
        assertThat(dossiers.get(filed.id()).fee().receiptNumber()).isEqualTo("BL-2026-000123");

        assertThatThrownBy(() -> desk.approve(filed.id(), LEADER)).as("the leader comes after the specialist")
                .isInstanceOf(TaskNotAvailableException.class);
        desk.review(filed.id(), SPECIALIST);
        desk.approve(filed.id(), LEADER);
        Dossier done = awaitStatus(filed.id(), DossierStatus.RESULT_READY);

        assertThat(done.history()).extracting(StatusChange::status).containsExactly(DossierStatus.SUBMITTED,
                DossierStatus.ACCEPTED, DossierStatus.PAYMENT_REQUESTED, DossierStatus.ACCEPTED,
                DossierStatus.IN_PROGRESS, DossierStatus.RESULT_READY);
        assertThat(done.history()).filteredOn(change -> change.status() == DossierStatus.PAYMENT_REQUESTED)
                .extracting(StatusChange::occurredAt).containsExactly(MONDAY_NINE);
        assertThat(done.history()).last().extracting(StatusChange::actor).isEqualTo("lanhdao.benthanh");
        assertThat(done.dueAt()).isEqualTo(paid.dueAt());

        byte[] pdf = files.content(files.latest(filed.id(), FileKind.RESULT).orElseThrow());
        assertThat(verifier.verify(pdf).valid()).isTrue();
        assertThat(register.ofDossier(filed.id())).filteredOn(issued -> issued.kind() == FileKind.RESULT).singleElement()
                .satisfies(issued -> assertThat(issued.title()).isEqualTo("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH"));

        String instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(filed.id().toString())
                .singleResult().getId();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityType("userTask")
                .orderByHistoricActivityInstanceStartTime().asc().list())
                .extracting(HistoricActivityInstance::getActivityId)
                .containsExactly(DeskActions.INTAKE, DeskActions.FEE, DeskActions.REVIEW, DeskActions.APPROVAL);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(ProcessVariables.FEE_RECEIPT_NUMBER).singleResult().getValue()).isEqualTo("BL-2026-000123");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(ProcessVariables.FEE_PAID_VIA).singleResult().getValue()).isEqualTo("DESK");
    }

    @Test
    void anOnlinePaymentCompletesTheSameFeeStepAsTheDesk() {
        SetClock.NOW.set(MONDAY_NINE);
        Dossier filed = dossiers.file(registration("079090001235"));
        desk.accept(filed.id(), CLERK);

        dossiers.recordFeePayment(new RecordFeePayment(filed.id(), "PG-20260302-77", 100_000L, "paygov", FeeChannel.ONLINE));

        assertThat(desk.hasTask(filed.id(), DeskActions.FEE, CLERK)).isFalse();
        assertThat(desk.hasTask(filed.id(), DeskActions.REVIEW, SPECIALIST)).isTrue();
        Dossier reviewing = dossiers.get(filed.id());
        assertThat(reviewing.status()).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(reviewing.fee().via()).isEqualTo(FeeChannel.ONLINE);
        assertThat(reviewing.dueAt()).as("paid at once: nothing to add").isEqualTo(
                calendar.dueAt(MONDAY_NINE, reviewing.procedureVersion().deadlineRule()));
    }

    @Test
    void aDossierWaitingForItsFeeCanBeWithdrawnAndItsProcessEnds() {
        SetClock.NOW.set(MONDAY_NINE);
        Dossier filed = dossiers.file(registration("079090001236"));
        desk.accept(filed.id(), CLERK);

        Dossier withdrawn = dossiers.withdraw(filed.id(), "079090001236", "Đổi địa điểm kinh doanh");

        assertThat(withdrawn.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(withdrawn.deadline().pausedAt()).isNull();
        assertThat(desk.hasTask(filed.id(), DeskActions.FEE, CLERK)).isFalse();
    }

    private Dossier awaitStatus(UUID id, DossierStatus status) {
        return await("dossier " + id + " in status " + status.code()).atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> dossiers.get(id), dossier -> dossier.status() == status);
    }
}
