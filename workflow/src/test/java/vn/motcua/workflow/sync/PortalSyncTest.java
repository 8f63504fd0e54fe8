package vn.motcua.workflow.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.dossier.StatusChange;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.lgsp.SyncRecord;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.desk.DeskActions;

@SpringBootTest
class PortalSyncTest {

    private static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Võ Thị Hạnh", "H29.12.05", Set.of(Role.CLERK));

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired SyncBacklog backlog;
    @Autowired RecordingNationalPortal portal;

    @AfterEach
    void portalBackToNormal() {
        portal.down = false;
        portal.release();
    }

    private Dossier file(String owner) {
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Trần Thị Bích",
                LocalDate.of(1995, 3, 8), "female", owner, "UBND phường Bến Thành", "45/1995", 1, "Bổ sung hồ sơ");
        return dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant(owner, "Trần Thị Bích",
                LocalDate.of(1995, 3, 8), "female", "12 Nguyễn Huệ", "0907654321", null), Channel.ONLINE,
                request.toFormData()));
    }

    @Test
    void everyStatusChangeReachesThePortalAsOneRecordWithTheDossiersData() {
        Dossier filed = file("079195001111");
        await(() -> portal.acceptedFor(filed.code()).size() == 1, "the record of status 1");
        desk.accept(filed.id(), CLERK);
        await(() -> portal.acceptedFor(filed.code()).size() == 3, "the records of statuses 2 and 4");

        Dossier dossier = dossiers.get(filed.id());
        List<SyncRecord> records = portal.acceptedFor(filed.code()).stream()
                .sorted((a, b) -> Integer.compare(a.status(), b.status())).toList();
        assertThat(records).extracting(SyncRecord::status).containsExactly(1, 2, 4);
        List<StatusChange> history = dossier.history();
        for (int i = 0; i < records.size(); i++) {
            assertThat(records.get(i).changedAt()).as("the database rounds to the microsecond")
                    .isCloseTo(history.get(i).occurredAt(), within(1, ChronoUnit.MICROS));
        }
        assertThat(records).extracting(SyncRecord::recordId).doesNotHaveDuplicates();
        for (SyncRecord record : records) {
            assertThat(record.dossierCode()).isEqualTo(dossier.code());
            assertThat(record.procedureCode()).isEqualTo("2.000635");
            assertThat(record.procedureName()).isEqualTo("Cấp bản sao trích lục hộ tịch");
            assertThat(record.ownerIdNumber()).isEqualTo("079195001111");
            assertThat(record.ownerName()).isEqualTo("Trần Thị Bích");
            assertThat(record.applicantType()).isEqualTo("CITIZEN");
            assertThat(record.channel()).isEqualTo(2);
            assertThat(record.handlingUnit()).isEqualTo("H29.12.05");
            assertThat(record.supplements()).isZero();
            assertThat(record.resultDocuments()).isEmpty();
            assertThat(portal.acceptedCalls.get(record.recordId())).hasValue(1);
        }
        assertThat(records.get(0).receivedAt()).isNull();
        assertThat(records.get(0).dueAt()).isNull();
        assertThat(records.get(1).receivedAt()).isEqualTo(dossier.acceptedAt());
        assertThat(records.get(1).dueAt()).isEqualTo(dossier.dueAt()).isAfter(dossier.acceptedAt());
        assertThat(records.get(2).dueAt()).isEqualTo(dossier.dueAt());
        assertThat(portal.contexts).anySatisfy(context -> {
            assertThat(context.purpose()).isEqualTo(dossier.code());
            assertThat(context.requestingUnit()).isEqualTo("H29.12.05");
            assertThat(context.official()).isNull();
            assertThat(context.background()).isTrue();
        });
    }

    @Test
    void whileThePortalIsDownRecordsPileUpAndAfterItsRecoveryEachIsDeliveredExactlyOnce() {
        portal.down = true;
        Dossier first = file("079195002222");
        Dossier second = file("079195003333");
        desk.accept(first.id(), CLERK);

        await(() -> pendingFor(first.code(), second.code()).size() == 4
                && pendingFor(first.code(), second.code()).stream().allMatch(p -> p.attempts() >= 2),
                "four changes waiting, each tried again at least once");
        assertThat(backlog.count()).isGreaterThanOrEqualTo(4);
        assertThat(backlog.oldest()).get().matches(oldest -> !oldest.isAfter(first.history().get(0).occurredAt()
                .plusSeconds(1)));
        assertThat(pendingFor(first.code(), second.code())).extracting(PendingSync::status)
                .containsExactlyInAnyOrder(DossierStatus.SUBMITTED, DossierStatus.SUBMITTED, DossierStatus.ACCEPTED,
                        DossierStatus.IN_PROGRESS);
        assertThat(portal.acceptedFor(first.code())).isEmpty();
        assertThat(portal.refusedCalls.get()).isGreaterThanOrEqualTo(8);

        portal.down = false;
        await(() -> backlog.count() == 0, "the backlog to drain");

        List<SyncRecord> delivered = List.of(portal.acceptedFor(first.code()), portal.acceptedFor(second.code())).stream()
                .flatMap(List::stream).toList();
        assertThat(delivered).extracting(SyncRecord::status).containsExactlyInAnyOrder(1, 1, 2, 4);
        assertThat(delivered).allSatisfy(record -> assertThat(portal.acceptedCalls.get(record.recordId())).hasValue(1));
        assertThat(backlog.oldest()).isEmpty();
        assertThat(backlog.pending(PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void aSlowDeliveryIsNeverSentASecondTimeWhileItRuns() {
        portal.hold();
        Dossier filed = file("079195004444");
        await(portal::busy, "the slow record's delivery to start");
        // while it runs the record grows older than motcua.sync.stale-after and the backlog is read again and again
        Awaitility.await("no second delivery of the record while the first runs").during(Duration.ofMillis(2500))
                .atMost(Duration.ofSeconds(5)).until(() -> !portal.overlapped.get());
        portal.release();
        await(() -> portal.acceptedFor(filed.code()).size() == 1, "the slow record");
        await(() -> backlog.count() == 0, "the backlog to drain");

        UUID recordId = portal.acceptedFor(filed.code()).get(0).recordId();
        assertThat(portal.acceptedCalls.get(recordId)).hasValue(1);
        assertThat(portal.overlapped).isFalse();
    }

    @Test
    void theRecordIdIsTheSameForTheSameChangeAndDiffersBetweenChanges() {
        UUID dossier = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-26T08:15:30.123456Z");
        var change = new vn.motcua.cases.dossier.DossierEvents.StatusChanged(dossier, "H29.12.05-261126-0001",
                DossierStatus.ACCEPTED, at);
        assertThat(SyncRecords.recordId(change)).isEqualTo(SyncRecords.recordId(
                new vn.motcua.cases.dossier.DossierEvents.StatusChanged(dossier, "H29.12.05-261126-0001",
                        DossierStatus.ACCEPTED, at)));
        assertThat(SyncRecords.recordId(change)).isNotEqualTo(SyncRecords.recordId(
                new vn.motcua.cases.dossier.DossierEvents.StatusChanged(dossier, "H29.12.05-261126-0001",
                        DossierStatus.IN_PROGRESS, at)));
        assertThat(SyncRecords.recordId(change)).isNotEqualTo(SyncRecords.recordId(
                new vn.motcua.cases.dossier.DossierEvents.StatusChanged(dossier, "H29.12.05-261126-0001",
                        DossierStatus.ACCEPTED, at.plus(1, ChronoUnit.MICROS))));
    }

    private List<PendingSync> pendingFor(String... codes) {
        List<String> wanted = List.of(codes);
        return backlog.pending(PageRequest.of(0, 100)).stream().filter(p -> wanted.contains(p.dossierCode())).toList();
    }

    private static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }
}
