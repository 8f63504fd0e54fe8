package vn.motcua.workflow.deadletter;

import java.time.Instant;
import java.util.List;

/**
 * A job that exhausted its retries.
 *
 * @param jobId             the job
 * @param processInstanceId its process instance, or null for a job outside a process
 * @param dossierCode       the dossier the process runs for, or null if it carries none (or ended meanwhile)
 * @param activityId        the BPMN element the job runs, e.g. {@code issueResult}
 * @param activityName      that element's name, or null
 * @param exceptionMessage  the last error's message, or null
 * @param stackTraceHead    the first lines of the last error's stack trace
 * @param failedAt          when the job was created in the dead-letter list
 */
public record DeadLetter(String jobId, String processInstanceId, String dossierCode, String activityId,
        String activityName, String exceptionMessage, List<String> stackTraceHead, Instant failedAt) {

    public DeadLetter {
        stackTraceHead = List.copyOf(stackTraceHead);
    }
}
