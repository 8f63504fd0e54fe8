package vn.motcua.web.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.TimestampUnavailableException;
import vn.motcua.documents.Verification;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SampleDossiers;
import vn.motcua.web.support.SandboxRunner;
import vn.motcua.workflow.desk.DeskActions;

/**
 * With the time-stamping authority down the signing job runs and fails (and waits for its next retry) without issuing a
 * result; once the authority is back, a timestamped one is.
 */
class TimestampOutageTest extends PortalIntegrationTest {

    @Autowired Dossiers dossiers;
    @Autowired DeskActions desk;
    @Autowired StoredFiles files;
    @Autowired SignatureVerifier verifier;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

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
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).singleResult()
                .getId();
        Job failed = await("the signing job's failure").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> management.createTimerJobQuery().processInstanceId(instance).elementId("issueResult")
                        .withException().singleResult(), Objects::nonNull);
        assertThat(management.getTimerJobExceptionStacktrace(failed.getId()))
                .as("the job failed for want of a time-stamp").contains(TimestampUnavailableException.class.getName());
        assertThat(failed.getRetries()).as("a retry used up").isLessThan(5);
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
