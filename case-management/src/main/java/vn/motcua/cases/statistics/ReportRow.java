package vn.motcua.cases.statistics;

/**
 * One line of a report's breakdown.
 *
 * @param key   the agency code, the procedure code or the month ({@code yyyy-MM})
 * @param label the agency's or procedure's name, or the month again
 */
public record ReportRow(String key, String label, Figures figures) {
}
