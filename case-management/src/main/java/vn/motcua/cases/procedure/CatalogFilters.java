package vn.motcua.cases.procedure;

import java.util.List;

/**
 * The choices of the catalogue's filters: the agencies that receive dossiers of some procedure, and the fields.
 *
 * @param agencies receiving agencies, by name
 * @param fields   fields (lĩnh vực), alphabetically
 */
public record CatalogFilters(List<AgencyOption> agencies, List<String> fields) {

    /**
     * An agency to filter by.
     *
     * @param code its code
     * @param name its name
     */
    public record AgencyOption(String code, String name) {
    }
}
