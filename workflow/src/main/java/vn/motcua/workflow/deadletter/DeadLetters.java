package vn.motcua.workflow.deadletter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.motcua.workflow.routing.ProcessVariables;

/**
 * The dead-letter list: jobs (async service tasks, timers) whose retries are exhausted, newest first, with the dossier
 * their process runs for and the error; an administrator moves one back to the executable jobs once its cause is fixed.
 */
@Service
public class DeadLetters {

    /** How often a job moved back is tried before it lands here again. */
    public static final int RETRIES = 3;

    /** How many lines of a stack trace the list shows. */
    public static final int STACK_TRACE_LINES = 6;

    /** The longest list shown at once. */
    public static final int LIMIT = 200;

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final ManagementService management;
    private final RuntimeService runtime;

    DeadLetters(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    /** @return the dead-letter jobs, newest first, at most {@link #LIMIT} */
    public List<DeadLetter> list() {
        List<Job> jobs = management.createDeadLetterJobQuery().orderByJobCreateTime().desc().listPage(0, LIMIT);
        Set<String> instanceIds = jobs.stream().map(Job::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).includeProcessVariables().list()
                        .stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        return jobs.stream().map(job -> {
            ProcessInstance instance = instances.get(job.getProcessInstanceId());
            Object code = instance == null ? null : instance.getProcessVariables().get(ProcessVariables.DOSSIER_CODE);
            return new DeadLetter(job.getId(), job.getProcessInstanceId(), code == null ? null : code.toString(),
                    job.getElementId(), job.getElementName(), job.getExceptionMessage(), head(job.getId()),
                    job.getCreateTime() == null ? null : job.getCreateTime().toInstant());
        }).toList();
    }

    /**
     * Moves a dead-letter job back to the executable jobs with {@link #RETRIES} retries; the job executor picks it up.
     *
     * @param jobId the dead-letter job
     * @param admin who asked, for the log
     * @throws DeadLetterNotFoundException if no dead-letter job has that id (e.g. it was retried already)
     */
    public void retry(String jobId, String admin) {
        if (jobId == null || management.createDeadLetterJobQuery().jobId(jobId).count() == 0) {
            throw new DeadLetterNotFoundException(jobId);
        }
        management.moveDeadLetterJobToExecutableJob(jobId, RETRIES);
        log.info("Dead-letter job {} moved back to the executable jobs by {}", jobId, admin);
    }

    private List<String> head(String jobId) {
        String trace = management.getDeadLetterJobExceptionStacktrace(jobId);
        if (trace == null) {
            return List.of();
        }
        return Arrays.stream(trace.split("\\R")).filter(line -> !line.isBlank()).limit(STACK_TRACE_LINES)
                .map(String::strip).toList();
    }
}
