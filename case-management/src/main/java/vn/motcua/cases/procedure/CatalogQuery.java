package vn.motcua.cases.procedure;

/**
 * What a visitor searches the catalogue for. Every part is optional; an empty query lists every procedure.
 *
 * @param text       words of the procedure's name or field, with or without accents, in any case
 * @param agencyCode only procedures whose dossiers this agency receives, or {@code null}
 * @param field      only procedures of this field (lĩnh vực), or {@code null}
 */
public record CatalogQuery(String text, String agencyCode, String field) {

    /** Longest text searched for; anything beyond is ignored. */
    public static final int MAX_TEXT = 100;

    public CatalogQuery {
        // PostgreSQL text cannot hold NUL: a NUL typed or sent is dropped rather than sent to the database
        text = text == null ? "" : withoutNul(text).strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        agencyCode = blankToNull(agencyCode);
        field = blankToNull(field);
    }

    /** Every procedure. */
    public static CatalogQuery all() {
        return new CatalogQuery("", null, null);
    }

    private static String blankToNull(String value) {
        String kept = value == null ? null : withoutNul(value);
        return kept == null || kept.isBlank() ? null : kept.strip();
    }

    private static String withoutNul(String value) {
        return value.indexOf('\u0000') >= 0 ? value.replace("\u0000", "") : value;
    }
}
