package vn.motcua.web.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;

import vn.motcua.workflow.routing.ProcessVariables;

/**
 * Makes dead-letter jobs for tests: starts a test-only process whose async call always fails, waits for its first
 * failure (the job then waits as a timer for its next retry, an hour later) and moves that job to the dead-letter list,
 * as the executor does once the retries are used up.
 */
public final class FailedJobs {

    private FailedJobs() {
    }

    /** A failed job, its dossier code, and its process instance. */
    public record FailedJob(String jobId, String dossierCode, String processInstanceId) {
    }

    public static synchronized FailedJob deadLetter(RepositoryService repository, RuntimeService runtime,
            ManagementService management) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("failing-call").count() == 0) {
            repository.createDeployment().addClasspathResource("vn/motcua/web/support/failing-call.bpmn20.xml").deploy();
        }
        String code = "H29.12.05-261126-9" + String.format("%03d", (int) (Math.random() * 1000));
        String instance = runtime.startProcessInstanceByKey("failing-call", UUID.randomUUID().toString(),
                Map.of(ProcessVariables.DOSSIER_CODE, code)).getId();
        Job timer = await("the failing call's first failure").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> management.createTimerJobQuery().processInstanceId(instance).singleResult(), Objects::nonNull);
        return new FailedJob(management.moveJobToDeadLetterJob(timer.getId()).getId(), code, instance);
    }
}
