package vn.motcua.cases.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.test.util.ReflectionTestUtils;

import vn.motcua.cases.clock.LegalClock;
import vn.motcua.cases.procedure.ProcedureVersion;

/** Status 5 (supplement, the clock paused) and status 7 (withdrawn by the applicant). */
class DossierSupplementAndWithdrawalTest {

    private static final LegalClock CLOCK = new LegalClock(Set.of(LocalDate.of(2026, 12, 1))::contains);

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LegalClock.ZONE).toInstant();
    }

    private static Dossier submitted() {
        ProcedureVersion version = Mockito.mock(ProcedureVersion.class);
        Mockito.when(version.receivingAgencyCode()).thenReturn("H29.12.05");
        Mockito.when(version.processKey()).thenReturn("civil-status-extract-copy");
        Applicant applicant = new Applicant("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male",
                "45 Lê Thánh Tôn", "0901234567", null);
        return Dossier.submit("H29.12.05-261126-0001", version, applicant, Channel.ONLINE, Map.of("copies", 1),
                ApplicantCheck.FROM_POPULATION, local("2026-11-26T08:00"));
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> events(Dossier dossier) {
        return (Collection<Object>) ReflectionTestUtils.invokeMethod(dossier, "domainEvents");
    }

    @Test
    void aSupplementBeforeAcceptanceReturnsTheDossierToTheDesk() {
        Dossier dossier = submitted();
        dossier.requestSupplement("tiepnhan.benthanh", "  Thiếu giấy ủy quyền ", local("2026-11-26T09:00"));

        assertThat(dossier.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(dossier.deadline().pausedAt()).isEqualTo(local("2026-11-26T09:00"));
        assertThat(dossier.history().get(1).note()).isEqualTo("Thiếu giấy ủy quyền");
        assertThat(events(dossier)).hasAtLeastOneElementOfType(DossierEvents.SupplementRequested.class);

        dossier.answerSupplement("079090001234", local("2026-11-27T10:00"), CLOCK);

        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.dueAt()).as("the clock has not started yet").isNull();
        assertThat(dossier.deadline().pausedAt()).isNull();
        assertThat(dossier.history()).extracting(StatusChange::status).containsExactly(DossierStatus.SUBMITTED,
                DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.SUBMITTED);
        dossier.accept("tiepnhan.benthanh", local("2026-11-27T10:05"), local("2026-11-27T17:00"));
        assertThat(dossier.status()).isEqualTo(DossierStatus.ACCEPTED);
    }

    @Test
    void aSupplementAfterAcceptancePausesTheClockAndMovesTheDueDateByThePausedWorkingTime() {
        Dossier dossier = submitted();
        dossier.accept("tiepnhan.benthanh", local("2026-11-26T08:30"), local("2026-11-30T17:00"));
        dossier.requestSupplement("tiepnhan.benthanh", "Bản chụp không đọc được", local("2026-11-27T15:00"));

        // Paused Friday 15:00 → Wednesday 10:00, with Tuesday 1 December a holiday here and office hours 07:30–11:30 and
        // 13:00–17:00: 2 h on Friday, 8 h on Monday, 2 h 30 on Wednesday = 12 h 30 of working time.
        dossier.answerSupplement("079090001234", local("2026-12-02T10:00"), CLOCK);

        assertThat(dossier.status()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(dossier.dueAt()).as("Monday 17:00 + 12 h 30 of working time: Wednesday's 8 h, then Thursday 07:30–11:30 and 13:00–13:30")
                .isEqualTo(local("2026-12-03T13:30"));
        assertThat(dossier.history()).extracting(StatusChange::status).containsExactly(DossierStatus.SUBMITTED,
                DossierStatus.ACCEPTED, DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.ACCEPTED);
    }

    @Test
    void aSupplementNeedsAReasonAndAStatusBeforeProcessing() {
        assertThatThrownBy(() -> submitted().requestSupplement("tiepnhan.benthanh", " ", local("2026-11-26T09:00")))
                .isInstanceOf(IllegalArgumentException.class);
        Dossier inProgress = submitted();
        inProgress.accept("tiepnhan.benthanh", local("2026-11-26T08:30"), local("2026-11-30T17:00"));
        inProgress.startProcessing("H29.12.05", "system", local("2026-11-26T08:31"));
        assertThatThrownBy(() -> inProgress.requestSupplement("tiepnhan.benthanh", "Thiếu", local("2026-11-26T09:00")))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> submitted().answerSupplement("079090001234", local("2026-11-26T09:00"), CLOCK))
                .as("nothing was asked").isInstanceOf(IllegalTransitionException.class);
        Dossier waiting = submitted();
        waiting.requestSupplement("tiepnhan.benthanh", "Thiếu", local("2026-11-26T09:00"));
        assertThatThrownBy(() -> waiting.accept("tiepnhan.benthanh", local("2026-11-26T09:30"), local("2026-11-26T17:00")))
                .as("the desk accepts only after the answer").isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theApplicantWithdrawsBeforeADecision() {
        Dossier waiting = submitted();
        waiting.requestSupplement("tiepnhan.benthanh", "Thiếu", local("2026-11-26T09:00"));
        waiting.withdraw("079090001234", "Nộp nhầm thủ tục", local("2026-11-26T10:00"));

        assertThat(waiting.status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(waiting.deadline().pausedAt()).isNull();
        StatusChange last = waiting.history().get(waiting.history().size() - 1);
        assertThat(last.actor()).isEqualTo("079090001234");
        assertThat(last.note()).isEqualTo("Nộp nhầm thủ tục");
        assertThat(events(waiting)).filteredOn(DossierEvents.Withdrawn.class::isInstance).singleElement()
                .extracting("reason").isEqualTo("Nộp nhầm thủ tục");

        Dossier inProgress = submitted();
        inProgress.accept("tiepnhan.benthanh", local("2026-11-26T08:30"), local("2026-11-30T17:00"));
        inProgress.startProcessing("H29.12.05", "system", local("2026-11-26T08:31"));
        inProgress.withdraw("079090001234", null, local("2026-11-26T10:00"));
        assertThat(inProgress.status()).isEqualTo(DossierStatus.WITHDRAWN);
    }

    @Test
    void noWithdrawalAfterADecisionOrTwice() {
        Dossier decided = submitted();
        decided.accept("tiepnhan.benthanh", local("2026-11-26T08:30"), local("2026-11-30T17:00"));
        decided.startProcessing("H29.12.05", "system", local("2026-11-26T08:31"));
        decided.completeWithResult("lanhdao.benthanh", local("2026-11-26T09:00"));
        assertThat(decided.status().allowsWithdrawal()).isFalse();
        assertThat(decided.status().isFinished()).isTrue();
        assertThatThrownBy(() -> decided.withdraw("079090001234", null, local("2026-11-26T10:00")))
                .isInstanceOf(IllegalTransitionException.class);

        Dossier withdrawn = submitted();
        withdrawn.withdraw("079090001234", null, local("2026-11-26T10:00"));
        assertThatThrownBy(() -> withdrawn.withdraw("079090001234", null, local("2026-11-26T10:01")))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> withdrawn.accept("tiepnhan.benthanh", local("2026-11-26T10:02"), local("2026-11-26T17:00")))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
