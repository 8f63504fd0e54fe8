package vn.motcua.workflow;

import java.util.UUID;

/** The dossier has no open task of that kind for this staff member (wrong agency or role, or already done). */
public class TaskNotAvailableException extends RuntimeException {

    public TaskNotAvailableException(UUID dossierId, String taskKey) {
        super("No open task '" + taskKey + "' of dossier " + dossierId + " for this staff member");
    }
}
