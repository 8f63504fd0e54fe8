package vn.motcua.workflow.deadletter;

/** No dead-letter job has that id: it never existed or was retried already. */
public class DeadLetterNotFoundException extends RuntimeException {

    public DeadLetterNotFoundException(String jobId) {
        super("No dead-letter job " + jobId);
    }
}
