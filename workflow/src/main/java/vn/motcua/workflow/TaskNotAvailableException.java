package vn.motcua.workflow;

import java.util.UUID;

/** The dossier has no open task of that kind for this staff member (wrong agency or role, or already done). */
public class TaskNotAvailableException extends RuntimeException {

    public TaskNotAvailableException(UUID dossierId, String taskKey) {
        super("No open task '" + taskKey + "' of dossier " + dossierId + " for this staff member");
    }

    /** The task of that id is not open for this staff member: done already, never offered to them, or not a step. */
    public TaskNotAvailableException(String taskId) {
        super("Task " + taskId + " is not open for this staff member");
    }
}
