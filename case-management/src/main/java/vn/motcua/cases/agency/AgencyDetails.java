package vn.motcua.cases.agency;

/**
 * An agency as the administrator typed it. The code counts only when the agency is created; it never changes
 * afterwards, since dossier codes and candidate groups carry it.
 *
 * @param code         the code in the national agency list, e.g. {@code H29.12.09}
 * @param name         the agency's name
 * @param superiorName the body it reports to, printed above its name on documents; blank for a top-level body
 * @param parentCode   the agency above it in the portal's tree, blank for none
 * @param place        the place name of the date line of its documents
 */
public record AgencyDetails(String code, String name, String superiorName, String parentCode, String place) {

    public AgencyDetails {
        code = strip(code).toUpperCase(java.util.Locale.ROOT);
        name = strip(name);
        superiorName = strip(superiorName);
        parentCode = strip(parentCode).toUpperCase(java.util.Locale.ROOT);
        place = strip(place);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
