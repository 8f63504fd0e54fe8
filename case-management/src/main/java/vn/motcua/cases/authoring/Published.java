package vn.motcua.cases.authoring;

/**
 * A published procedure version.
 *
 * @param procedureCode the procedure's code
 * @param version       the number of the new version
 */
public record Published(String procedureCode, int version) {
}
