package vn.motcua.web.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Job timer = management.createTimerJobQuery().processInstanceId(instance).singleResult();
            if (timer != null) {
                return new FailedJob(management.moveJobToDeadLetterJob(timer.getId()).getId(), code, instance);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the failing call never failed");
    }
}
