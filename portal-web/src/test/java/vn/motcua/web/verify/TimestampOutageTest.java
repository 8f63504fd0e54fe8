package vn.motcua.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.Verification;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.web.support.SandboxRunner;
import vn.motcua.workflow.desk.DeskActions;

/** With the time-stamping authority down no result is issued; once it is back, a timestamped one is. */
class TimestampOutageTest extends PortalIntegrationTest {

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired StoredFiles files;
    @Autowired SignatureVerifier verifier;

    private static void tsaOutage(boolean outage) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(SandboxRunner.baseUrl() + "/sandbox/faults/tsa"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"outage\":" + outage + "}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isBetween(200, 299);
    }

    @AfterEach
    void tsaBack() throws Exception {
        tsaOutage(false);
    }

    @Test
    void signingWaitsForTheTimestampAuthorityInsteadOfIssuingAWeakerDocument() throws Exception {
        UUID id = dossiers.file(SampleDossiers.ownBirthExtract("079201000321", "Lê Minh Khoa", LocalDate.of(2001, 3, 3),
                "male")).id();
        desk.accept(id, SampleDossiers.CLERK);

        tsaOutage(true);
        desk.review(id, SampleDossiers.SPECIALIST);
        desk.approve(id, SampleDossiers.LEADER);
        Thread.sleep(Duration.ofSeconds(8).toMillis());
        assertThat(files.latest(id, FileKind.RESULT)).as("nothing issued while the TSA is down").isEmpty();
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.IN_PROGRESS);

        tsaOutage(false);
        byte[] pdf = files.content(SampleDossiers.awaitResult(files, id));
        Verification verification = verifier.verify(pdf);
        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.timestamped()).isTrue();
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.RESULT_READY);
    }
}
