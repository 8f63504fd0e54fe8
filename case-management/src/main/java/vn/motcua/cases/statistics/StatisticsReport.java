package vn.motcua.cases.statistics;

import java.util.List;

/** A report: the totals of the filter, and the same figures by agency, by procedure and by month received. */
public record StatisticsReport(StatisticsFilter filter, Figures total, List<ReportRow> byAgency,
        List<ReportRow> byProcedure, List<ReportRow> byMonth) {

    public boolean isEmpty() {
        return total.isEmpty();
    }
}
