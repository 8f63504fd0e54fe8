package vn.motcua.cases.procedure;

/**
 * One procedure as a search result lists it: its current version's receiving agency, not the whole version.
 *
 * @param code        the procedure's code in the national catalogue
 * @param name        its name
 * @param field       its field (lĩnh vực)
 * @param onlineLevel fully or partly online
 * @param agencyCode  code of the agency that receives its dossiers
 * @param agencyName  name of that agency
 */
public record CatalogEntry(String code, String name, String field, OnlineLevel onlineLevel, String agencyCode,
        String agencyName) {
}
