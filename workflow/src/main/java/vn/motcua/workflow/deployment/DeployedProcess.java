package vn.motcua.workflow.deployment;

import java.io.Serializable;
import java.time.Instant;

/**
 * A version of a deployed process definition. Serializable: the portal carries it to the next page in the session,
 * which is stored in the database.
 *
 * @param key        the process key procedures name
 * @param name       its name
 * @param version    the engine's version number of the key
 * @param deployedAt when it was deployed
 * @param resource   the file it came from
 * @param userTasks  how many user tasks it has
 */
public record DeployedProcess(String key, String name, int version, Instant deployedAt, String resource, int userTasks)
        implements Serializable {
}
