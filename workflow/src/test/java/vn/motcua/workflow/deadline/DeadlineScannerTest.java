package vn.motcua.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.clock.StepDeadlines;
import vn.motcua.cases.clock.StepTiming;
import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.issuance.IssuedDocument;
import vn.motcua.cases.issuance.IssuedDocuments;
import vn.motcua.cases.notification.Notification;
import vn.motcua.cases.notification.NotificationKind;
import vn.motcua.cases.notification.Notifications;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.testing.PdfText;
import vn.motcua.documents.testing.Pdfsig;
import vn.motcua.documents.testing.PdfsigReport;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
import vn.motcua.workflow.WorkflowTestApplication;
import vn.motcua.workflow.desk.DeskActions;

/**
 * The deadline timers with the portal's clock moved by the test: a copy of a civil-status extract (same day, eight
 * working hours; intake 20 %, the specialist's review 40 %, approval 40 %) accepted on Monday 2 March 2026 at 09:00.
 */
@SpringBootTest(classes = { WorkflowTestApplication.class, DeadlineScannerTest.SetClock.class },
        properties = "motcua.deadline.scan-interval=0")
class DeadlineScannerTest {

    private static final ZoneId ZONE = LegalClock.ZONE;
    private static final StaffMember CLERK = new StaffMember("tiepnhan.benthanh", "Võ Thị Hạnh", "H29.12.05", Set.of(Role.CLERK));
    private static final StaffMember SPECIALIST = new StaffMember("chuyenvien.benthanh", "Võ Minh Tuấn", "H29.12.05", Set.of(Role.SPECIALIST));
    private static final StaffMember LEADER = new StaffMember("lanhdao.benthanh", "Phạm Văn Hải", "H29.12.05", Set.of(Role.LEADER));
    private static final StaffMember OTHER_LEADER = new StaffMember("lanhdao.tanphu", "Lê Văn Bình", "H29.12.07", Set.of(Role.LEADER));

    @TestConfiguration(proxyBeanMethods = false)
    static class SetClock {

        static final AtomicReference<Instant> NOW = new AtomicReference<>(at("2026-03-02T09:00"));

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

    @Autowired DeadlineScanner scanner;
    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired StepDeadlines steps;
    @Autowired Notifications notifications;
    @Autowired IssuedDocuments register;
    @Autowired StoredFiles files;
    @Autowired SignatureVerifier verifier;

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    private static FileDossier extract(String owner) {
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", "079090001234", "UBND phường Bến Thành", "123/1990", 1, "Bổ sung hồ sơ");
        return new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant(owner, "Nguyễn Văn An",
                LocalDate.of(1990, 5, 12), "male", "45 Lê Thánh Tôn", "0901234567", null), Channel.ONLINE,
                request.toFormData());
    }

    @Test
    void leadersAreWarnedOnceAt80PercentOfAStepAndAnOverdueDossierGetsOneSignedApologyWithANewDate() {
        SetClock.NOW.set(at("2026-03-02T09:00"));
        Dossier filed = dossiers.file(extract("079090007001"));
        desk.accept(filed.id(), CLERK);
        Dossier accepted = dossiers.get(filed.id());
        assertThat(accepted.dueAt()).isEqualTo(at("2026-03-02T17:00"));

        List<StepTiming> timings = steps.ofDossier(filed.id());
        assertThat(timings).extracting(StepTiming::taskKey).containsExactly(DeskActions.INTAKE, DeskActions.REVIEW);
        StepTiming intake = timings.get(0);
        assertThat(intake.dueAt()).as("20 %% of 8 h from 09:00").isEqualTo(at("2026-03-02T10:36"));
        assertThat(intake.onTime()).isTrue();
        StepTiming review = timings.get(1);
        assertThat(review.agencyCode()).isEqualTo("H29.12.05");
        assertThat(review.dueAt()).as("40 %% of 8 h: 3 h 12 min, across the lunch break")
                .isEqualTo(at("2026-03-02T13:42"));

        SetClock.NOW.set(at("2026-03-02T12:00"));
        assertThat(scanner.scan()).isEqualTo(new DeadlineScanner.Round(0, 0));
        assertThat(staffNotices(LEADER, filed.id())).isEmpty();

        SetClock.NOW.set(at("2026-03-02T13:10"));
        assertThat(scanner.scan().warned()).as("80 %% of the review's share has passed at 13:03:36").isEqualTo(1);
        assertThat(scanner.scan().warned()).as("once").isZero();
        assertThat(staffNotices(LEADER, filed.id())).extracting(Notification::kind)
                .containsExactly(NotificationKind.STEP_WARNING);
        assertThat(staffNotices(OTHER_LEADER, filed.id())).as("another ward's leader").isEmpty();

        SetClock.NOW.set(at("2026-03-02T17:30"));
        assertThat(scanner.scan().overdue()).isEqualTo(1);
        assertThat(scanner.scan().overdue()).as("once").isZero();
        Dossier overdue = dossiers.get(filed.id());
        assertThat(overdue.deadline().overdueAt()).isEqualTo(at("2026-03-02T17:30"));
        assertThat(overdue.dueAt()).as("the legal due date stays").isEqualTo(at("2026-03-02T17:00"));
        assertThat(overdue.deadline().apologyDueAt()).as("one working day (the next one), to the close of office hours")
                .isEqualTo(at("2026-03-03T17:00"));

        IssuedDocument apology = awaitSlip(filed.id(), "Phiếu xin lỗi và hẹn lại ngày trả kết quả");
        byte[] pdf = files.content(files.find(apology.id()).orElseThrow());
        assertThat(verifier.verify(pdf).valid()).isTrue();
        assertThat(PdfText.of(pdf)).contains(filed.code()).contains("03/03/2026")
                .contains("Ủy ban nhân dân phường Bến Thành");
        if (Pdfsig.available()) {
            PdfsigReport report = Pdfsig.check(pdf);
            assertThat(report.signatureCount()).as(report.output()).isEqualTo(1);
            assertThat(report.digestMatches()).as(report.output()).isTrue();
            assertThat(report.coversWholeDocument()).as(report.output()).isTrue();
        }
        awaitStaffNotice(LEADER, filed.id(), NotificationKind.OVERDUE);

        SetClock.NOW.set(at("2026-03-02T17:40"));
        desk.review(filed.id(), SPECIALIST);
        StepTiming closed = steps.ofDossier(filed.id()).get(1);
        assertThat(closed.closedAt()).isEqualTo(at("2026-03-02T17:40"));
        assertThat(closed.onTime()).as("the review made the dossier late").isFalse();
    }

    private List<Notification> staffNotices(StaffMember member, UUID dossierId) {
        return notifications.ofStaff(member.candidateGroups()).stream().filter(n -> n.dossierId().equals(dossierId))
                .toList();
    }

    private void awaitStaffNotice(StaffMember member, UUID dossierId, NotificationKind kind) {
        await("a " + kind + " notice for " + member.username()).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> staffNotices(member, dossierId).stream().anyMatch(n -> n.kind() == kind));
    }

    private IssuedDocument awaitSlip(UUID dossierId, String title) {
        List<IssuedDocument> slips = await("slip " + title + " of " + dossierId).atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> register.ofDossier(dossierId).stream().filter(document -> document.title().equals(title))
                        .toList(), found -> !found.isEmpty());
        assertThat(slips).hasSize(1);
        return slips.get(0);
    }
}
