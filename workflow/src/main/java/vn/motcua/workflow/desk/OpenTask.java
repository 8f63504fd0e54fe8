package vn.motcua.workflow.desk;

import java.time.Instant;
import java.util.UUID;

/** An open task in a staff member's inbox; {@code assignee} is who claimed it, or {@code null} while it is free. */
public record OpenTask(String taskId, String taskKey, String name, UUID dossierId, String dossierCode, Instant createdAt,
        String assignee) {

    /** A task nobody has claimed. */
    public OpenTask(String taskId, String taskKey, String name, UUID dossierId, String dossierCode, Instant createdAt) {
        this(taskId, taskKey, name, dossierId, dossierCode, createdAt, null);
    }
}
