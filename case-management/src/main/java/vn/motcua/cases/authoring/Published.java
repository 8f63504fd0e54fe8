package vn.motcua.cases.authoring;

import java.io.Serializable;

/**
 * A published procedure version. Serializable: the portal carries it to the next page in the session, which is
 * stored in the database.
 *
 * @param procedureCode the procedure's code
 * @param version       the number of the new version
 */
public record Published(String procedureCode, int version) implements Serializable {
}
