package vn.motcua.cases.draft;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value taken from national data, which the applicant may not change.
 *
 * @param value     the value: a string, or for household members a list of string maps
 * @param source    where it came from, e.g. {@code population} or {@code eid}
 * @param fetchedAt when it was fetched
 * @param note      a message key explaining a fallback source (e.g. the population database was unreachable), or
 *                  {@code null}
 */
public record VerifiedValue(Object value, String source, Instant fetchedAt, String note) {

    /** A value as its source gave it, without a note. */
    public VerifiedValue(Object value, String source, Instant fetchedAt) {
        this(value, source, fetchedAt, null);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", value);
        json.put("source", source);
        json.put("fetchedAt", fetchedAt.toString());
        json.put("note", note);
        return json;
    }

    static VerifiedValue fromJson(Object json) {
        Map<?, ?> map = (Map<?, ?>) json;
        return new VerifiedValue(map.get("value"), (String) map.get("source"), Instant.parse((String) map.get("fetchedAt")),
                (String) map.get("note"));
    }
}
