package vn.motcua.workflow.desk;

import java.time.Instant;
import java.util.UUID;

/** An open task in a staff member's inbox. */
public record OpenTask(String taskId, String taskKey, String name, UUID dossierId, String dossierCode, Instant createdAt) {
}
