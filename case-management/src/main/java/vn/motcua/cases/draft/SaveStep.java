package vn.motcua.cases.draft;

import java.util.Map;

/**
 * Command: keep what was typed on one page of a draft, then stay, go back, or go on.
 *
 * @param step   the page the values come from (counted from 0)
 * @param values the values of that page's fields, in the shape {@link vn.motcua.cases.form.FormData} describes
 * @param move   where to go after saving
 */
public record SaveStep(int step, Map<String, Object> values, Move move) {

    /** Where to go after saving: going on needs the page to be valid; the values are saved in every case. */
    public enum Move {
        STAY, BACK, NEXT
    }

    public SaveStep {
        values = Map.copyOf(values);
    }
}
