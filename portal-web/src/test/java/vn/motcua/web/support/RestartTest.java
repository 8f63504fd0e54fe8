package vn.motcua.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.web.PortalApplication;

/** A dossier filed before the portal stops is still there after it starts again on the same data directory. */
class RestartTest {

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(PortalApplication.class).run(
                "--spring.profiles.active=demo", "--server.port=0", "--management.server.port=0",
                "--motcua.sandbox.embedded=false",
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
            var dossier = first.getBean(Dossiers.class).file(SampleDossiers.ownBirthExtract("079201000321", "Lê Minh Khoa",
                    LocalDate.of(2001, 3, 3), "male"));
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
