package vn.motcua.workflow.desk;

import java.time.Instant;
import java.util.UUID;

/**
 * An open task as its page shows it.
 *
 * @param general    whether it is completed on the generic task page (a step of status 4); intake and fee steps have
 *                   pages of their own at the desk
 * @param returnable whether the process lets this step return the dossier to the step before
 */
public record TaskDetails(String taskId, String taskKey, String name, UUID dossierId, String dossierCode,
        Instant createdAt, boolean general, boolean returnable) {
}
