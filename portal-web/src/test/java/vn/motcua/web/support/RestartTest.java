package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.web.PortalApplication;

/** A dossier filed before the portal stops is still there after it starts again on the same data directory. */
class RestartTest {

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0",
                "--motcua.embedded-db.directory=" + data.resolve("postgres"),
                "--motcua.storage.directory=" + data.resolve("files"),
                "--motcua.documents.key-directory=" + data.resolve("keys"),
                "--motcua.eid.base-url=" + SandboxRunner.baseUrl());
    }

    @Test
    void aFiledDossierSurvivesARestart(@TempDir Path data) {
        UUID id;
        String code;
        try (ConfigurableApplicationContext first = start(data)) {
            ExtractRequest request = new ExtractRequest(ExtractRequest.ExtractType.DEATH, "Lê Văn Tư", LocalDate.of(1940, 1, 1),
                    "male", "", "UBND phường Bến Thành", "", 1, "");
            var dossier = first.getBean(Dossiers.class).file(new vn.motcua.cases.dossier.FileDossier(ExtractRequest.PROCEDURE_CODE,
                    new Applicant("079201000321", "Lê Minh Khoa", LocalDate.of(2001, 3, 3), "male", "8 Tân Kỳ Tân Quý", "0912345678", null),
                    Channel.ONLINE, request.toFormData()));
            id = dossier.id();
            code = dossier.code();
        }
        try (ConfigurableApplicationContext second = start(data)) {
            var dossier = second.getBean(Dossiers.class).findOwned(id, "079201000321").orElseThrow();
            assertThat(dossier.code()).isEqualTo(code);
            assertThat(second.getBean(org.flowable.engine.TaskService.class).createTaskQuery()
                    .processInstanceBusinessKey(id.toString()).taskDefinitionKey("intake").count()).isOne();
        }
    }
}
