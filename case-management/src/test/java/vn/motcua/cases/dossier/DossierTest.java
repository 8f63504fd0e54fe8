package vn.motcua.cases.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.motcua.cases.procedure.ProcedureVersion;

class DossierTest {

    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00Z");

    private static Dossier submitted(ApplicantCheck check) {
        ProcedureVersion version = org.mockito.Mockito.mock(ProcedureVersion.class);
        org.mockito.Mockito.when(version.receivingAgencyCode()).thenReturn("H29.12.05");
        org.mockito.Mockito.when(version.processKey()).thenReturn("civil-status-extract-copy");
        Applicant applicant = new Applicant("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "male",
                "45 Lê Thánh Tôn", "0901234567", null);
        return Dossier.submit("H29.12.05-261126-0001", version, applicant, Channel.ONLINE, Map.of("copies", 1), check, T0);
    }

    private static Dossier submitted() {
        return submitted(ApplicantCheck.FROM_POPULATION);
    }

    @Test
    void anApplicantFiledWithoutThePopulationDatabaseIsCheckedOnceLater() {
        Dossier dossier = submitted(ApplicantCheck.PENDING);
        assertThat(dossier.applicantCheckedAt()).isNull();

        dossier.recordApplicantCheck(ApplicantCheck.CONFIRMED, T0.plusSeconds(90));

        assertThat(dossier.applicantCheck()).isEqualTo(ApplicantCheck.CONFIRMED);
        assertThat(dossier.applicantCheckedAt()).isEqualTo(T0.plusSeconds(90));
        assertThatThrownBy(() -> dossier.recordApplicantCheck(ApplicantCheck.MISMATCH, T0.plusSeconds(99)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> submitted(ApplicantCheck.PENDING).recordApplicantCheck(ApplicantCheck.PENDING, T0))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> submitted().recordApplicantCheck(ApplicantCheck.CONFIRMED, T0))
                .as("an applicant from the database needs no later check").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void walksTheNationalStatusesAndRecordsEachInItsHistory() {
        Dossier dossier = submitted();
        dossier.accept("tiepnhan.benthanh", T0.plusSeconds(60), T0.plusSeconds(3600));
        dossier.startProcessing("H29.12.05", "system", T0.plusSeconds(61));
        dossier.completeWithResult("lanhdao.benthanh", T0.plusSeconds(120));
        dossier.deliverResult("079090001234", T0.plusSeconds(180));
        dossier.deliverResult("079090001234", T0.plusSeconds(240));

        assertThat(dossier.history()).extracting(StatusChange::status).containsExactly(DossierStatus.SUBMITTED,
                DossierStatus.ACCEPTED, DossierStatus.IN_PROGRESS, DossierStatus.RESULT_READY,
                DossierStatus.RESULT_DELIVERED);
        assertThat(dossier.dueAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(dossier.acceptedBy()).isEqualTo("tiepnhan.benthanh");
    }

    @Test
    void publishesSubmittedAndEveryStatusChange() {
        Dossier dossier = submitted();
        @SuppressWarnings("unchecked")
        java.util.Collection<Object> events = (java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(dossier, "domainEvents");
        assertThat(events).hasAtLeastOneElementOfType(DossierEvents.Submitted.class)
                .hasAtLeastOneElementOfType(DossierEvents.StatusChanged.class);
    }

    @Test
    void refusesTransitionsItsStatusDoesNotAllow() {
        Dossier dossier = submitted();
        assertThatThrownBy(() -> dossier.completeWithResult("x", T0)).isInstanceOf(IllegalTransitionException.class);
        dossier.accept("clerk", T0, T0.plusSeconds(10));
        assertThatThrownBy(() -> dossier.accept("clerk", T0, T0.plusSeconds(10)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("status 2");
        assertThat(dossier.status()).isEqualTo(DossierStatus.ACCEPTED);
    }

    @Test
    void isVisibleToItsOwnerAndItsAgencyOnly() {
        Dossier dossier = submitted();
        assertThat(dossier.isOwnedBy("079090001234")).isTrue();
        assertThat(dossier.isOwnedBy("079195005678")).isFalse();
        assertThat(dossier.isVisibleTo("H29.12.05")).isTrue();
        assertThat(dossier.isVisibleTo("H29.12.07")).isFalse();
        assertThat(dossier.isVisibleTo(null)).isFalse();
    }
}
