package vn.motcua.workflow.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.motcua.cases.dossier.Applicant;
import vn.motcua.cases.dossier.Channel;
import vn.motcua.cases.dossier.Dossier;
import vn.motcua.cases.dossier.Dossiers;
import vn.motcua.cases.dossier.FileDossier;
import vn.motcua.cases.procedure.ExtractRequest;
import vn.motcua.workflow.routing.ProcessVariables;

@SpringBootTest
class DeadLettersTest {

    @Autowired DeadLetters deadLetters;
    @Autowired FlakyCall flakyCall;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired Dossiers dossiers;

    @BeforeEach
    void deploy() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("flaky-call").count() == 0) {
            repository.createDeployment().addClasspathResource("vn/motcua/workflow/deadletter/flaky-call.bpmn20.xml")
                    .deploy();
        }
    }

    @Test
    void aCallThatKeepsFailingLandsInTheListWithItsErrorAndRunsOnAfterARetry() {
        flakyCall.down.set(true);
        // A real dossier: the steps of a process keep their deadlines against it.
        Dossier dossier = dossiers.file(new FileDossier(ExtractRequest.PROCEDURE_CODE, new Applicant("079090001234",
                "Nguyễn Văn An", java.time.LocalDate.of(1990, 5, 12), "male", "45 Lê Thánh Tôn", "0901234567", null),
                Channel.ONLINE, new ExtractRequest(ExtractRequest.ExtractType.BIRTH, "Nguyễn Văn An",
                        java.time.LocalDate.of(1990, 5, 12), "male", "079090001234", "UBND phường Bến Thành", "", 1, "")
                        .toFormData()));
        String code = dossier.code();
        String instance = runtime.startProcessInstanceByKey("flaky-call", UUID.randomUUID().toString(),
                Map.of(ProcessVariables.DOSSIER_ID, dossier.id().toString(), ProcessVariables.DOSSIER_CODE, code,
                        ProcessVariables.AGENCY_CODE, "H29.12.05")).getId();

        DeadLetter letter = await(() -> deadLetters.list().stream()
                .filter(l -> instance.equals(l.processInstanceId())).findFirst(), Duration.ofSeconds(90));
        assertThat(letter.dossierCode()).isEqualTo(code);
        assertThat(letter.activityId()).isEqualTo("callRegistry");
        assertThat(letter.activityName()).isEqualTo("Tra cứu cơ sở dữ liệu");
        assertThat(letter.exceptionMessage()).contains("Cơ sở dữ liệu không phản hồi");
        assertThat(letter.stackTraceHead()).isNotEmpty().hasSizeLessThanOrEqualTo(DeadLetters.STACK_TRACE_LINES);
        assertThat(letter.stackTraceHead().get(0)).contains("IllegalStateException");
        assertThat(letter.failedAt()).isBeforeOrEqualTo(Instant.now());
        assertThat(flakyCall.calls.get()).as("tried as often as its cycle R2 allows").isGreaterThanOrEqualTo(2);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();

        flakyCall.down.set(false);
        deadLetters.retry(letter.jobId(), "quantri");

        await(() -> Optional.ofNullable(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("intake")
                .singleResult()), Duration.ofSeconds(60));
        assertThat(deadLetters.list()).noneMatch(l -> instance.equals(l.processInstanceId()));
        assertThatThrownBy(() -> deadLetters.retry(letter.jobId(), "quantri"))
                .isInstanceOf(DeadLetterNotFoundException.class);
    }

    @Test
    void retryingAJobThatIsNotInTheListIsRefused() {
        assertThatThrownBy(() -> deadLetters.retry("no-such-job", "quantri")).isInstanceOf(DeadLetterNotFoundException.class);
    }

    private static <T> T await(Supplier<Optional<T>> probe, Duration timeout) {
        return Awaitility.await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(probe::get, Optional::isPresent).get();
    }
}
