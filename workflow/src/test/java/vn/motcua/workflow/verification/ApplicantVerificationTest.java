package vn.motcua.workflow.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.ApplicantCheck;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.procedure.ExtractRequest;

@SpringBootTest
class ApplicantVerificationTest {

    @Autowired Dossiers dossiers;
    @Autowired FlakyPopulationRegistry population;

    @AfterEach
    void databaseBackUp() {
        population.down = false;
    }

    private Dossier fileWithoutPopulationData(String idNumber, String name, LocalDate birthDate) {
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, name, birthDate, "female", idNumber,
                "UBND phường Bến Thành", "", 1, "");
        return dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant(idNumber, name, birthDate,
                "female", null, "0907654321", null), Channel.ONLINE, request.toFormData(), ApplicantCheck.PENDING));
    }

    @Test
    void aDossierFiledDuringAnOutageIsKeptAndItsApplicantCheckedOnceTheDatabaseIsBack() {
        population.add("079195002222", "Trần Thị Bích", LocalDate.of(1995, 3, 8));
        population.down = true;
        int callsBefore = population.calls.get();

        Dossier filed = fileWithoutPopulationData("079195002222", "Trần  thị Bích", LocalDate.of(1995, 3, 8));

        assertThat(filed.status()).isEqualTo(DossierStatus.SUBMITTED);
        await(() -> population.calls.get() >= callsBefore + 2, "the check was tried and retried during the outage");
        assertThat(dossiers.get(filed.id()).applicantCheck()).isEqualTo(ApplicantCheck.PENDING);

        population.down = false;

        await(() -> dossiers.get(filed.id()).applicantCheck() != ApplicantCheck.PENDING, "the check after recovery");
        Dossier checked = dossiers.get(filed.id());
        assertThat(checked.applicantCheck()).isEqualTo(ApplicantCheck.CONFIRMED);
        assertThat(checked.applicantCheckedAt()).isAfter(checked.submittedAt());
    }

    @Test
    void anUnknownOrDifferentPersonIsFlaggedForTheClerk() {
        population.add("079195003333", "Lê Thị Cúc", LocalDate.of(1995, 1, 1));

        Dossier unknown = fileWithoutPopulationData("079195004444", "Phan Thị Dung", LocalDate.of(1995, 2, 2));
        Dossier different = fileWithoutPopulationData("079195003333", "Lê Thị Cúc", LocalDate.of(1996, 1, 1));

        await(() -> dossiers.get(unknown.id()).applicantCheck() == ApplicantCheck.NOT_FOUND, "not found");
        await(() -> dossiers.get(different.id()).applicantCheck() == ApplicantCheck.MISMATCH, "mismatch");
    }

    @Test
    void anApplicantFromThePopulationDatabaseIsNotCheckedAgain() {
        int callsBefore = population.calls.get();
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Võ Thị Em", LocalDate.of(1990, 1, 1),
                "female", "079190005555", "UBND phường Bến Thành", "", 1, "");
        Dossier filed = dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant("079190005555",
                "Võ Thị Em", LocalDate.of(1990, 1, 1), "female", "1 Lê Lợi", "0907654321", null), Channel.ONLINE,
                request.toFormData()));

        assertThat(filed.applicantCheck()).isEqualTo(ApplicantCheck.FROM_POPULATION);
        assertThat(filed.applicantCheckedAt()).isEqualTo(filed.submittedAt());
        assertThat(population.calls.get()).isEqualTo(callsBefore);
    }

    private static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }
}
