package vn.motcua.cases.authoring;

/**
 * A procedure to add to the catalogue; it is prepared as a draft and appears once published.
 *
 * @param code        its code in the national catalogue (letters, digits and dots)
 * @param name        its name
 * @param field       its field (lĩnh vực)
 * @param onlineLevel FULL or PARTIAL
 */
public record NewProcedure(String code, String name, String field, String onlineLevel) {

    public NewProcedure {
        code = code == null ? "" : code.strip();
        name = name == null ? "" : name.strip();
        field = field == null ? "" : field.strip();
        onlineLevel = onlineLevel == null ? "" : onlineLevel.strip();
    }
}
