package vn.motcua.cases.procedure;

/**
 * How a procedure is listed in the catalogue.
 *
 * @param name        its name
 * @param field       its field (lĩnh vực)
 * @param onlineLevel how far it can be done online
 */
public record ProcedureListing(String name, String field, OnlineLevel onlineLevel) {
}
