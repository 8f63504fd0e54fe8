package vn.motcua.load.faults;

import java.util.List;
import java.util.Locale;

/**
 * One line of the fault suite's table: what the users were told was done (answered), what the database holds of it
 * (stored), what is missing (lost, must be 0), what happened twice (duplicated, must be 0), and how long the portal
 * took to serve again after the fault ended.
 *
 * @param problems         what else a check found wrong (a dossier without its process, an e-mail not sent, …)
 * @param recoveredSeconds seconds from the end of the fault to the portal serving again; negative when not measured
 */
record Outcome(String scenario, long answered, long stored, long lost, long duplicated, double recoveredSeconds,
        List<String> problems, String note) {

    /** Nothing lost, nothing twice, no other check failed, and the load did reach the portal. */
    boolean passed() {
        return lost == 0 && duplicated == 0 && answered > 0 && problems.isEmpty();
    }

    static String table(List<Outcome> outcomes) {
        StringBuilder table = new StringBuilder(
                "| scenario | answered | stored | lost | duplicated | recovered in (s) | result | notes |\n"
                        + "|---|---:|---:|---:|---:|---:|---|---|\n");
        for (Outcome outcome : outcomes) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %s | %s | %s |%n", outcome.scenario,
                    outcome.answered, outcome.stored, outcome.lost, outcome.duplicated,
                    outcome.recoveredSeconds < 0 ? "–" : String.format(Locale.ROOT, "%.1f", outcome.recoveredSeconds),
                    outcome.passed() ? "pass" : "FAIL",
                    outcome.problems.isEmpty() ? outcome.note : outcome.note + " — " + String.join("; ", outcome.problems)));
        }
        return table.toString();
    }
}
