package vn.motcua.web.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.DossierStatus;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.cases.storage.FileKind;
import vn.motcua.cases.storage.StoredFiles;
import vn.motcua.documents.SignatureVerifier;
import vn.motcua.documents.Verification;
import vn.motcua.web.support.PortalIntegrationTest;
import vn.motcua.web.support.SandboxRunner;
import vn.motcua.workflow.StaffMember;
import vn.motcua.workflow.StaffMember.Role;
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
        ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Lê Minh Khoa", LocalDate.of(2001, 3, 3),
                "male", "079201000321", "Ủy ban nhân dân phường Bến Thành", "", 1, "");
        UUID id = dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant("079201000321", "Lê Minh Khoa",
                LocalDate.of(2001, 3, 3), "male", "8 Tân Kỳ Tân Quý", "0912345678", null), Channel.ONLINE,
                request.toFormData())).id();
        desk.accept(id, new StaffMember("tiepnhan.benthanh", "Phạm Thị Thu Hà", "H29.12.05", Set.of(Role.CLERK)));

        tsaOutage(true);
        desk.approve(id, new StaffMember("lanhdao.benthanh", "Đặng Quốc Hùng", "H29.12.05", Set.of(Role.LEADER)));
        Thread.sleep(Duration.ofSeconds(8).toMillis());
        assertThat(files.latest(id, FileKind.RESULT)).as("nothing issued while the TSA is down").isEmpty();
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.IN_PROGRESS);

        tsaOutage(false);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (files.latest(id, FileKind.RESULT).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        byte[] pdf = files.content(files.latest(id, FileKind.RESULT).orElseThrow());
        Verification verification = verifier.verify(pdf);
        assertThat(verification.valid()).as(verification.toString()).isTrue();
        assertThat(verification.timestamped()).isTrue();
        assertThat(dossiers.get(id).status()).isEqualTo(DossierStatus.RESULT_READY);
    }
}
